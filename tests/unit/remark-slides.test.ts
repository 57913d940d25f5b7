import { compile, evaluate } from '@mdx-js/mdx';
import { createElement, type ReactNode } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { parseLecture } from '../../src/lib/mdx/describe-slides';
import { mdxOptions } from '../../src/lib/mdx/mdx-options';
import { printedSteps, type StepPart, stepsOfSlide } from '../../src/lib/content/slide-steps';

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

describe('slide steps from the build', () => {
  const lecture = `export const demo = { questions: [1, 2, 3], narrative: { facts: ['a', 'b', 'c', 'd', 'e'] } }

## 一

<Reveal>

甲

</Reveal>

<Reveal>

乙

</Reveal>

---

## 案例

<CaseStudy data={demo} />

---

## 长案例

<CaseStudy data={demo} factsPerStep={2} />

---

## 无步骤
`;

  it('exports each slide’s step parts: numbered reveals, and cases by their data', async () => {
    const module = await evaluate(lecture, { ...runtime, remarkPlugins: mdxOptions.remarkPlugins });
    const parts = module.slideSteps as StepPart[][];
    expect(parts.map(stepsOfSlide)).toEqual([2, 3, 5, 0]);
    expect(parts.map(printedSteps)).toEqual([[0], [0, 1, 2, 3], [0, 1, 2, 3, 4, 5], [0]]);
    const Reveal = ({ step, children }: { step: string; children?: ReactNode }) =>
      createElement('div', { 'data-step': step }, children);
    const Slide = ({ children }: { children?: ReactNode }) => createElement('section', null, children);
    const html = renderToStaticMarkup(
      createElement(module.default, { components: { Slide, Reveal, CaseStudy: () => null } }),
    );
    expect(html).toContain('<div data-step="1"><p>甲</p></div><div data-step="2"><p>乙</p></div>');
  });
});
