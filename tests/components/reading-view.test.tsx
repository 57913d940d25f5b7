import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../src/store/app-store';
import { renderAppAt } from './render-app';

// The lecture screen and body are lazily loaded chunks; the first load compiles MDX in the test.
const slow = { timeout: 8000 };

describe('reading view', () => {
  it('shows the whole lecture with its table of contents, progress and lecture links', async () => {
    renderAppAt('#/lectures/understanding');
    expect(await screen.findByRole('heading', { level: 1, name: '学会理解投诉' }, slow)).toBeInTheDocument();
    const toc = screen.getByRole('navigation', { name: '本讲目录' });
    const links = within(toc).getAllByRole('link');
    expect(links.length).toBeGreaterThan(20);
    expect(links[0]).toHaveAttribute('href', '#/lectures/understanding/1');
    expect(screen.getByRole('progressbar', { name: '本讲阅读进度' })).toBeInTheDocument();
    // The body is its own lazily loaded chunk.
    expect(await screen.findByRole('heading', { level: 2, name: '学习目标' }, slow)).toBeInTheDocument();
    expect(document.querySelectorAll('section.slide')).toHaveLength(links.length);
    const pager = screen.getByRole('navigation', { name: '上一讲和下一讲' });
    expect(within(pager).getByRole('link', { name: /下一讲.*投诉处理的基本技巧/ })).toHaveAttribute(
      'href',
      '#/lectures/techniques',
    );
    expect(document.title).toContain('学会理解投诉');
  }, 15_000); // the first test compiles the MDX

  /** Whether each of `slides` had content at the commit that first showed slide 1's content. */
  function atFirstContent(slides: number[]) {
    return new Promise<boolean[]>((resolve) => {
      const filled = (n: number) => !!document.getElementById(`slide-${n}`)?.hasChildNodes();
      const observer = new MutationObserver(() => {
        if (!filled(1)) return;
        observer.disconnect();
        resolve(slides.map(filled));
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
  }

  it('shows the first slides at once and fills in the rest a few at a time', async () => {
    const first = atFirstContent([3, 30]);
    renderAppAt('#/lectures/understanding');
    // The first commit with content: slide 3 is there, slide 30 a placeholder keeping its place and id.
    expect(await first).toEqual([true, false]);
    const placeholder = document.getElementById('slide-30');
    expect(placeholder).toHaveAttribute('aria-busy', 'true');
    await waitFor(() => expect(document.querySelectorAll('section.slide[aria-busy]')).toHaveLength(0), slow);
    expect(document.getElementById('slide-30')).not.toBeEmptyDOMElement();
    // Filled in place: the scroll tracking observes the sections it found when the body loaded, so a
    // new element would go unseen and the position would stop following the reader.
    expect(document.getElementById('slide-30')).toBe(placeholder);
  });

  it('opened at a far slide, renders it and everything before it in the first pass', async () => {
    const first = atFirstContent([24, 25, 27, 35]);
    renderAppAt('#/lectures/understanding/25');
    expect(await first).toEqual([true, true, true, false]);
  });

  it('a jump from the contents renders the target at once, before the filling in reaches it', async () => {
    const user = userEvent.setup();
    const first = atFirstContent([]);
    renderAppAt('#/lectures/understanding');
    await first;
    const toc = screen.getByRole('navigation', { name: '本讲目录' });
    await act(() => user.click(within(toc).getAllByRole('link').at(-2)!));
    expect(document.getElementById('slide-34')).not.toBeEmptyDOMElement();
  });

  it('hides speaker notes from trainees', async () => {
    renderAppAt('#/lectures/understanding');
    await screen.findByRole('heading', { level: 2, name: '学习目标' }, slow);
    expect(screen.queryByText('讲师备注')).not.toBeInTheDocument();
  });

  it('shows the May-2007 chart with its numbers as text', async () => {
    renderAppAt('#/lectures/understanding');
    const table = await screen.findByRole('table', { name: /2007 年 5 月投诉结构/ }, slow);
    const row = within(table).getByRole('row', { name: /不按预约时间上门/ });
    expect(row).toHaveTextContent('78');
    expect(row).toHaveTextContent('38%');
  });

  it('follows the table of contents in the page and records the position (reading it takes time)', async () => {
    const user = userEvent.setup();
    renderAppAt('#/lectures/understanding');
    await screen.findByRole('heading', { level: 2, name: '学习目标' }, slow);
    const toc = screen.getByRole('navigation', { name: '本讲目录' });
    // The fifth entry of the contents: slide 11, as lecture 1's classroom-only slides are not listed.
    await user.click(within(toc).getAllByRole('link')[4]);
    expect(window.location.hash).toBe('#/lectures/understanding/11');
    await waitFor(() => expect(useAppStore.getState().lectures.understanding?.last).toBe(11));
    // Read only after it has been on screen a while (reading-dwell.ts), not on arrival.
    expect(useAppStore.getState().lectures.understanding?.seen ?? []).not.toContain(11);
    expect(document.activeElement).toBe(document.getElementById('slide-11'));
    expect(within(toc).getAllByRole('link')[4]).toHaveAttribute('aria-current', 'location');
  });

  it('resumes at the last position when opened without a slide number', async () => {
    renderAppAt('#/');
    act(() => useAppStore.getState().setLastPosition('understanding', 12, 1000));
    act(() => {
      window.location.hash = '#/lectures/understanding';
    });
    expect(await screen.findByText(/已回到您上次阅读的位置：第 12 节/, {}, slow)).toBeInTheDocument();
  });

  it('says clearly when a slide number does not exist', async () => {
    renderAppAt('#/lectures/understanding/999');
    expect(await screen.findByRole('heading', { level: 1, name: '找不到这一节' }, slow)).toBeInTheDocument();
    expect(screen.getByText(/没有“第 999 节”/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '返回课程首页' })).toHaveAttribute('href', '#/');
  });

  it('says clearly when a lecture does not exist', async () => {
    renderAppAt('#/lectures/nope');
    expect(await screen.findByRole('heading', { level: 1, name: '找不到这一讲' }, slow)).toBeInTheDocument();
  });

  it('shows a not-found screen for an unknown path', () => {
    renderAppAt('#/no/such/page');
    expect(screen.getByRole('heading', { level: 1, name: '页面不存在' })).toBeInTheDocument();
    expect(document.title).toContain('页面不存在');
  });
});
