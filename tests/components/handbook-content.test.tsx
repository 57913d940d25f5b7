import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderAppAt } from './render-app';

const slow = { timeout: 8000 };

function section(name: RegExp) {
  return screen.getByRole('heading', { level: 2, name }).closest('section')!;
}

describe('handbook content: today’s law first, prevention, the sources’ own phrases', () => {
  it('puts today’s rule before the 2007 source in the legal points, with statuses', async () => {
    renderAppAt('#/handbook');
    await screen.findByRole('heading', { level: 1, name: '速查手册' }, slow);
    const legal = section(/法律要点/);
    const forceMajeure = within(legal).getByText('不可抗力').closest('div')!;
    const text = forceMajeure.textContent ?? '';
    expect(text.indexOf('今天：')).toBeGreaterThan(-1);
    expect(text.indexOf('今天：')).toBeLessThan(text.indexOf('2007 年教材：'));
    expect(forceMajeure).toHaveTextContent('已废止（2021-01-01 起由《民法典》第一百八十条、第五百九十条规定）');
    expect(forceMajeure).toHaveTextContent('《民法典》第一百八十条现行（2021-01-01 起施行）');
  });

  it('shows every repealed law in the law list as repealed', async () => {
    renderAppAt('#/handbook');
    await screen.findByRole('heading', { level: 1, name: '速查手册' }, slow);
    const laws = section(/相关法律法规/);
    for (const name of ['《合同法》', '《民法通则》', '《担保法》']) {
      const entry = within(laws).getAllByText(name)[0].closest('.laws__item')!;
      expect(entry).toHaveTextContent(/已废止（2021-01-01 起由《民法典》/);
    }
  });

  it('has a 预防投诉 part and the recommended phrases of the sources', async () => {
    renderAppAt('#/handbook');
    await screen.findByRole('heading', { level: 1, name: '速查手册' }, slow);
    const prevention = section(/预防投诉/);
    expect(within(prevention).getByRole('heading', { level: 3, name: /建立客户意见表/ })).toBeInTheDocument();
    expect(within(prevention).getByText('动作快一点：')).toBeInTheDocument();
    const recommended = section(/推荐说法/);
    for (const phrase of ['谢谢您告诉我', '我向您道歉', '这是我们的责任', '我将立刻过问这件事']) {
      expect(within(recommended).getByText(`“${phrase}”`)).toBeInTheDocument();
    }
    expect(screen.queryByText(/资料/)).toBeNull();
  });

  it('finds a recommended phrase by search', async () => {
    const user = userEvent.setup();
    renderAppAt('#/handbook');
    await user.type(await screen.findByRole('searchbox', { name: '搜索手册' }, slow), '立刻过问');
    expect(screen.getByRole('heading', { level: 2, name: /推荐说法/ })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 2, name: /相关法律法规/ })).toBeNull();
  });
});
