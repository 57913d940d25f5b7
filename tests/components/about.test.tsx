import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderAppAt } from './render-app';

const slow = { timeout: 8000 };

describe('关于本课程 (#/about)', () => {
  it('names the five kinds of material, shows the 课程分析 marker and law statuses', async () => {
    renderAppAt('#/about');
    expect(await screen.findByRole('heading', { level: 1, name: '关于本课程' }, slow)).toBeInTheDocument();
    const sources = screen.getByRole('heading', { level: 2, name: '内容从哪里来' }).parentElement!;
    const items = within(sources).getAllByRole('listitem');
    expect(items).toHaveLength(5);
    for (const [i, text] of [
      '投诉处理培训课程（2007 年）',
      '服务技巧课件',
      '投诉调查报告',
      '沟通培训课件',
      '客服中心投诉电话的文章',
    ].entries()) {
      expect(items[i]).toHaveTextContent(text);
    }
    expect(screen.getByRole('note', { name: '课程分析' })).toBeInTheDocument();
    expect(screen.getByText('已废止（2021-01-01 起由《民法典》第一百八十条、第五百九十条规定）')).toBeInTheDocument();
    expect(screen.getByText('已修订（2013；2014-03-15 起施行）')).toBeInTheDocument();
    expect(document.title).toContain('关于本课程');
  });

  it('is reachable from the footer on every page and from the home page', async () => {
    const user = userEvent.setup();
    renderAppAt('#/');
    await screen.findByRole('heading', { level: 1, name: '客户投诉处理技能提升训练' }, slow);
    const footer = screen.getByRole('contentinfo');
    expect(within(screen.getByRole('main')).getByRole('link', { name: '关于本课程' })).toBeInTheDocument();
    await user.click(within(footer).getByRole('link', { name: '关于本课程' }));
    expect(await screen.findByRole('heading', { level: 1, name: '关于本课程' }, slow)).toBeInTheDocument();
    expect(window.location.hash).toBe('#/about');
  });
});
