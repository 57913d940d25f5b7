import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClassroomScreen } from '../../src/features/presenter/classroom/classroom-screen';
import { RandomPick } from '../../src/features/presenter/classroom/random-pick';
import { useScoreboard } from '../../src/features/presenter/classroom/scoreboard-store';
import { disconnectDeck, useDeck } from '../../src/features/presenter/deck-store';

type User = ReturnType<typeof userEvent.setup>;

async function pickTimes(user: User, times: number): Promise<string[]> {
  const button = screen.getByRole('button', { name: '随机点名' });
  button.focus();
  const results: string[] = [];
  for (let i = 0; i < times; i++) {
    await user.keyboard('{Enter}');
    results.push(screen.getByRole('status').textContent ?? '');
  }
  return results;
}

const noImmediateRepeat = (results: string[]) => results.every((r, i) => i === 0 || r !== results[i - 1]);

describe('random pick （随机点名）', () => {
  beforeEach(() => useScoreboard.setState({ teams: [] }));

  it('picks a number from 1 to N, never the same twice in a row', async () => {
    const user = userEvent.setup();
    render(<RandomPick />);
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    const max = screen.getByRole('spinbutton', { name: /号码范围/ });
    await user.clear(max);
    await user.type(max, '2');
    const results = await pickTimes(user, 12);
    expect(new Set(results)).toEqual(new Set(['1 号', '2 号']));
    expect(noImmediateRepeat(results)).toBe(true);
  });

  it('repeats only when there is a single number, and refuses a bad N', async () => {
    const user = userEvent.setup();
    render(<RandomPick />);
    const max = screen.getByRole('spinbutton', { name: /号码范围/ });
    await user.clear(max);
    await user.type(max, '1');
    expect(await pickTimes(user, 3)).toEqual(['1 号', '1 号', '1 号']);
    await user.clear(max);
    await user.type(max, '0{Enter}');
    expect(max).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('请输入 1 到 999 之间的整数。')).toBeInTheDocument();
  });

  it('picks a team from the scoreboard, or a number when asked', async () => {
    useScoreboard.getState().createTeams(3);
    useScoreboard.getState().renameTeam('team-2', '飞鹰队');
    const user = userEvent.setup();
    render(<RandomPick />);
    expect(screen.getByRole('radio', { name: /一个小组/ })).toBeChecked();
    expect(screen.queryByRole('spinbutton')).not.toBeInTheDocument();
    const results = await pickTimes(user, 20);
    expect(new Set(results)).toEqual(new Set(['第1组', '飞鹰队', '第3组']));
    expect(noImmediateRepeat(results)).toBe(true);

    await user.click(screen.getByRole('radio', { name: '一个号码' }));
    const [number] = await pickTimes(user, 1);
    expect(number).toMatch(/^[1-8] 号$/);
  });
});

describe('classroom tools screen （课堂工具）', () => {
  afterEach(() => {
    // Unmount before the deck state is reset, so no update lands outside act().
    cleanup();
    disconnectDeck();
  });

  it('has its title, three tools and the projector note', () => {
    render(<ClassroomScreen />);
    expect(screen.getByRole('heading', { level: 1, name: '课堂工具' })).toBeInTheDocument();
    expect(document.title).toMatch(/^课堂工具 · /);
    for (const name of ['团队记分板', '活动计时器', '随机点名']) {
      expect(screen.getByRole('region', { name })).toBeInTheDocument();
    }
    expect(screen.getByText(/课堂投影窗口会在幻灯片上显示记分板或计时器/)).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: '团队记分板' })).getByRole('checkbox', { name: '在投影上显示记分板' }),
    ).not.toBeChecked();
  });

  it('follows the shared deck state', async () => {
    render(<ClassroomScreen />);
    act(() => useDeck.getState().update({ overlay: 'scoreboard' }));
    expect(screen.getByRole('checkbox', { name: '在投影上显示记分板' })).toBeChecked();
  });

  it('has no axe violations with teams, a timer and a pick', async () => {
    useScoreboard.getState().createTeams(2);
    const user = userEvent.setup();
    const { container } = render(<ClassroomScreen />);
    await user.click(screen.getByRole('button', { name: '头脑风暴 60 秒' }));
    await user.click(screen.getByRole('button', { name: '随机点名' }));
    await user.click(screen.getByRole('button', { name: '重置记分板' }));
    const result = await axe.run(container, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
      // jsdom has no canvas or layout for contrast; the browser tests check it.
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  });
});
