import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderAppAt } from './render-app';

const slow = { timeout: 8000 };

describe('handbook （速查手册）', () => {
  it('lists every section built from the shared data', async () => {
    renderAppAt('#/handbook');
    expect(await screen.findByRole('heading', { level: 1, name: '速查手册' }, slow)).toBeInTheDocument();
    for (const name of [
      '投诉处理六步法',
      '语言小贴士',
      '电话礼仪与用语规范',
      '服务忌语与建议说法',
      '法律要点',
      '相关法律法规',
    ]) {
      expect(screen.getByRole('heading', { level: 2, name: new RegExp(name) })).toBeInTheDocument();
    }
    const steps = screen.getByRole('table', { name: '投诉处理六步法' });
    expect(within(steps).getAllByRole('row')).toHaveLength(7);
  });

  it.each([
    ['不可抗力', '法律要点'],
    ['格式条款', '法律要点'],
    ['委婉', '语言小贴士'],
  ])('finds %s', async (term, section) => {
    const user = userEvent.setup();
    renderAppAt('#/handbook');
    const search = await screen.findByRole('searchbox', { name: '搜索手册' }, slow);
    await user.type(search, term);
    expect(screen.getByRole('status')).toHaveTextContent(new RegExp(`找到 \\d+ 条与“${term}”相关的内容`));
    expect(screen.getByRole('heading', { level: 2, name: new RegExp(section) })).toBeInTheDocument();
    expect(window.location.hash).toContain('q=');
  });

  it.each([
    ['忌语', '服务忌语与建议说法'],
    ['我不知道', '服务忌语与建议说法'],
  ])('finds %s through its part title or a word that means the same, and marks the match', async (term, part) => {
    const user = userEvent.setup();
    renderAppAt('#/handbook');
    await user.type(await screen.findByRole('searchbox', { name: '搜索手册' }, slow), term);
    expect(screen.getByRole('status')).toHaveTextContent(new RegExp(`找到 \\d+ 条与“${term}”相关的内容`));
    const section = screen.getByRole('heading', { level: 2, name: new RegExp(part) }).closest('section')!;
    expect(section.querySelectorAll('mark').length).toBeGreaterThan(0);
    const jump = screen.getByRole('navigation', { name: '手册各部分' });
    expect(within(jump).getByRole('link', { name: new RegExp(part) })).toHaveAttribute(
      'href',
      '#/handbook?part=hb-phrases',
    );
  });

  it('says so when nothing matches', async () => {
    const user = userEvent.setup();
    renderAppAt('#/handbook');
    await user.type(await screen.findByRole('searchbox', { name: '搜索手册' }, slow), '量子力学');
    expect(screen.getByRole('status')).toHaveTextContent('没有找到与“量子力学”相关的内容');
    expect(screen.queryByRole('heading', { level: 2 })).not.toBeInTheDocument();
  });
});
