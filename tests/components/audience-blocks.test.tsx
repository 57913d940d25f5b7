import { evaluate } from '@mdx-js/mdx';
import { readableSlides } from '../../src/lib/content/readable-slides';
import { render, screen } from '@testing-library/react';
import { createElement, type ComponentType } from 'react';
import * as runtime from 'react/jsx-runtime';
import { describe, expect, it } from 'vitest';
import { mdxComponents } from '../../src/app/mdx-components';
import { readingMode, type SlideMode, SlideModeContext } from '../../src/components/slides/slide-mode';
import { parseLecture } from '../../src/lib/mdx/describe-slides';
import { mdxOptions } from '../../src/lib/mdx/mdx-options';
import { MemoryRouter } from 'react-router';
import { TableOfContents } from '../../src/features/course/table-of-contents';
import type { Lecture } from '../../src/lib/content/lectures';

const lecture = `---
id: understanding
title: 示例
---

## 讲的内容

要点一

<Detail>

详细展开的例子

</Detail>

<Notes>

备注

</Notes>

---

<Classroom title="讲师自我介绍" duration="3 分钟">

## 认识讲师

我是谁

</Classroom>

<Notes>

讲师备注

</Notes>

---

## 课堂中的一节

<Classroom title="听得见的微笑" duration="2 分钟">

先面无表情地说一遍

</Classroom>

<PhraseBook limit={2} />

---

<Part>

## 第二部分 · 技巧

</Part>
`;

async function renderLecture(mode: SlideMode) {
  const { default: Content } = await evaluate(lecture, { ...runtime, remarkPlugins: mdxOptions.remarkPlugins });
  const Body = Content as ComponentType<{ components: typeof mdxComponents }>;
  return render(
    createElement(SlideModeContext.Provider, { value: mode }, createElement(Body, { components: mdxComponents })),
  );
}

describe('describe-slides: audience blocks', () => {
  const slides = parseLecture(lecture).slides;

  it('finds the heading of a classroom-only slide inside its <Classroom> block and marks it', () => {
    expect(slides.map((s) => [s.title, s.classroomOnly])).toEqual([
      ['讲的内容', false],
      ['认识讲师', true],
      ['课堂中的一节', false],
      ['第二部分 · 技巧', false],
    ]);
  });
});

describe('the reading view’s contents', () => {
  it('leaves classroom-only slides out', () => {
    const entry = { file: '/x.mdx', frontmatter: { id: 'understanding' }, slides: parseLecture(lecture).slides };
    render(
      createElement(
        MemoryRouter,
        null,
        createElement(TableOfContents, {
          lectureId: 'understanding',
          slides: readableSlides(entry as unknown as Lecture),
          current: 1,
          seen: new Set<number>(),
          onJump: () => undefined,
        }),
      ),
    );
    const links = screen.getAllByRole('link').map((a) => a.textContent);
    expect(links.some((t) => t?.includes('认识讲师'))).toBe(false);
    expect(links.some((t) => t?.includes('讲的内容'))).toBe(true);
  });
});

describe('audience blocks in the reading view', () => {
  it('shows <Detail>, leaves out classroom-only slides, and reduces <Classroom> to one line', async () => {
    await renderLecture(readingMode);
    expect(screen.getByText('详细展开的例子')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: '认识讲师' })).not.toBeInTheDocument();
    expect(screen.queryByText('我是谁')).not.toBeInTheDocument();
    expect(screen.queryByText('先面无表情地说一遍')).not.toBeInTheDocument();
    expect(screen.getByText(/听得见的微笑（2 分钟）：在面授课堂上进行/)).toBeInTheDocument();
  });

  it('keeps the full phrase list without the handbook pointer', async () => {
    const { container } = await renderLecture(readingMode);
    expect(container.querySelectorAll('.phrase-book__item').length).toBeGreaterThan(2);
    expect(screen.queryByText('完整内容见速查手册')).not.toBeInTheDocument();
  });
});

describe('audience blocks on the projector', () => {
  it('hides <Detail> and shows the classroom slide with its heading and activity', async () => {
    await renderLecture({ kind: 'deck', current: 2, showNotes: false });
    expect(screen.getByRole('heading', { name: '认识讲师' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: '课堂活动：讲师自我介绍' })).toHaveTextContent('我是谁');
  });

  it('shows a part divider as its own slide', async () => {
    const { container } = await renderLecture({ kind: 'deck', current: 4, showNotes: false });
    expect(container.querySelector('.part-divider h2')).toHaveTextContent('第二部分 · 技巧');
  });

  it('hides <Detail> on its slide', async () => {
    await renderLecture({ kind: 'deck', current: 1, showNotes: false });
    expect(screen.getByText('要点一')).toBeInTheDocument();
    expect(screen.queryByText('详细展开的例子')).not.toBeInTheDocument();
  });

  it('shows a long list shortened to its limit, with a pointer to the handbook', async () => {
    const { container } = await renderLecture({ kind: 'deck', current: 3, showNotes: false });
    expect(container.querySelectorAll('.phrase-book__item')).toHaveLength(2);
    expect(screen.getByText('完整内容见速查手册')).toBeInTheDocument();
    expect(screen.getByText('先面无表情地说一遍')).toBeInTheDocument();
  });

  it('hides <Detail> in print too, and prints classroom-only slides', async () => {
    await renderLecture({ kind: 'print', current: 1, showNotes: true });
    expect(screen.getByText('要点一')).toBeInTheDocument();
    expect(screen.queryByText('详细展开的例子')).not.toBeInTheDocument();
    await renderLecture({ kind: 'print', current: 2, showNotes: true });
    expect(screen.getByText('我是谁')).toBeInTheDocument();
  });
});
