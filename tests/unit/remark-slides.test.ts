import { compile, evaluate } from '@mdx-js/mdx';
import { createElement, type ReactNode } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { parseLecture } from '../../src/lib/mdx/describe-slides';
import { mdxOptions } from '../../src/lib/mdx/mdx-options';

const sample = `---
id: understanding
title: 示例
---

import { data } from './data'

export const local = 1

## 第一节

正文一

<Notes>

讲师备注一

</Notes>

---

## 第二节

正文二

---

## 第三节 **强调**

- 要点
`;

describe('remark-slides', () => {
  it('wraps each run between thematic breaks in <Slide index>, keeping imports/exports outside', async () => {
    const code = String(await compile(sample, { remarkPlugins: mdxOptions.remarkPlugins }));
    expect(code).toContain('export const frontmatter');
    expect(code).toContain("import {data} from './data'");
    for (const n of ['1', '2', '3']) expect(code).toContain(`index: "${n}"`);
    expect(code).not.toContain('index: "4"');
  });

  it('renders one section per slide with the content inside and no <hr>', async () => {
    const source = sample.replace("import { data } from './data'\n", '');
    const { default: Content } = await evaluate(source, { ...runtime, remarkPlugins: mdxOptions.remarkPlugins });
    const Slide = ({ index, children }: { index: string; children?: ReactNode }) =>
      createElement('section', { 'data-slide': index }, children);
    const Notes = () => null;
    const html = renderToStaticMarkup(createElement(Content, { components: { Slide, Notes } }));
    const sections = html.match(/<section data-slide="(\d)">/g);
    expect(sections).toEqual(['<section data-slide="1">', '<section data-slide="2">', '<section data-slide="3">']);
    expect(html).not.toContain('<hr');
    expect(html).toMatch(/<section data-slide="2"><h2>第二节<\/h2>\s*<p>正文二<\/p><\/section>/);
  });

  it('drops empty slides from leading or doubled breaks', async () => {
    const code = String(await compile('---\ntitle: x\n---\n\n---\n\n## A\n\n---\n\n---\n\n## B\n', mdxOptions));
    expect(code).toContain('index: "1"');
    expect(code).toContain('index: "2"');
    expect(code).not.toContain('index: "3"');
  });

  it('describes slides for the table of contents without rendering', () => {
    const { frontmatter, slides } = parseLecture(sample);
    expect(frontmatter).toEqual({ id: 'understanding', title: '示例' });
    expect(slides.map((s) => s.title)).toEqual(['第一节', '第二节', '第三节 强调']);
    expect(slides.map((s) => s.hasNotes)).toEqual([true, false, false]);
  });
});
