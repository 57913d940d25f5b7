import { compile } from '@mdx-js/mdx';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mdxOptions } from '../../src/lib/mdx/mdx-options';
import { contentFiles, lectureIndex, mdxSource, root } from './content-helpers';

describe('lectures', () => {
  it('are the four lectures, in order', () => {
    expect(lectureIndex.map((l) => [l.frontmatter.order, l.frontmatter.id, l.frontmatter.title])).toEqual([
      [1, 'understanding', '学会理解投诉'],
      [2, 'techniques', '投诉处理的基本技巧'],
      [3, 'difficult', '疑难投诉处理技能'],
      [4, 'toolbox', '百宝箱'],
    ]);
  });

  describe.each(lectureIndex.map((l) => [l.frontmatter.id, l] as const))('%s', (_id, lecture) => {
    it('compiles as MDX', async () => {
      await expect(compile(mdxSource(lecture.file), mdxOptions)).resolves.toBeTruthy();
    });

    it('opens with objectives and ends with a summary of key points', () => {
      expect(lecture.frontmatter.objectives.length).toBeGreaterThanOrEqual(2);
      expect(lecture.slides[0].title).toContain('学习目标');
      expect(lecture.slides.at(-1)!.title).toContain('本讲要点');
    });

    it('gives every slide a heading and speaker notes', () => {
      const missing = lecture.slides.filter((s) => !s.title || !s.hasNotes).map((s) => `${s.index} ${s.title}`);
      expect(missing).toEqual([]);
    });
  });

  it('has no placeholder text anywhere in the content', () => {
    const placeholder = /\b(TODO|TBD|lorem|FIXME)\b|待补充|XXX|此处省略/i;
    const offenders = contentFiles()
      .filter((file) => !file.endsWith('AUTHORING.md'))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, i) => [line, i] as const)
          .filter(([line]) => placeholder.test(line))
          .map(([line, i]) => `${relative(root, file)}:${i + 1}: ${line.trim().slice(0, 60)}`),
      );
    expect(offenders).toEqual([]);
  });
});
