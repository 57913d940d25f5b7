import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateFrontmatter } from '../../src/lib/content/frontmatter-schema';
import { readLectureIndex } from '../../src/lib/mdx/vite-plugin-lecture-index';

const valid = {
  id: 'understanding',
  title: '学会理解投诉',
  subtitle: '山雨欲来前',
  order: 1,
  duration: 90,
  objectives: ['说出投诉的表象与本质', '列举客户的七个希望'],
};

describe('frontmatter schema', () => {
  it('accepts a complete frontmatter', () => {
    expect(validateFrontmatter('x.mdx', valid)).toEqual(valid);
  });

  it('names the file and every bad field', () => {
    const bad = { ...valid, id: 'nope', duration: '90', objectives: [] };
    expect(() => validateFrontmatter('content/lectures/01-understanding/index.mdx', bad)).toThrowError(
      /content\/lectures\/01-understanding\/index\.mdx: invalid frontmatter[\s\S]*id:[\s\S]*duration:[\s\S]*objectives:/,
    );
  });

  it('rejects missing frontmatter and unknown fields', () => {
    expect(() => validateFrontmatter('a.mdx', undefined)).toThrowError(/a\.mdx: invalid frontmatter/);
    expect(() => validateFrontmatter('a.mdx', { ...valid, colour: 'red' })).toThrowError(/colour|unrecognized/i);
  });

  it('fails the lecture index (and so the build) on a malformed file, naming it', () => {
    const root = mkdtempSync(join(tmpdir(), 'lectures-'));
    const folder = join(root, 'content/lectures/01-understanding');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'index.mdx'), '---\nid: understanding\ntitle: 学会理解投诉\n---\n\n## 一\n');
    expect(() => readLectureIndex(root)).toThrowError(
      /\/content\/lectures\/01-understanding\/index\.mdx[\s\S]*subtitle/,
    );
  });

  it('rejects an id that does not match its folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'lectures-'));
    const folder = join(root, 'content/lectures/02-techniques');
    mkdirSync(folder, { recursive: true });
    const yaml = `---\nid: understanding\ntitle: 标题\nsubtitle: 副标题\norder: 2\nduration: 60\nobjectives:\n  - 目标一二三\n  - 目标四五六\n---\n\n## 一\n`;
    writeFileSync(join(folder, 'index.mdx'), yaml);
    expect(() => readLectureIndex(root)).toThrowError(/does not match folder "02-techniques"/);
  });
});
