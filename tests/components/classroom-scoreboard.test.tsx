import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Scoreboard } from '../../src/features/presenter/classroom/scoreboard';
import { ScoreboardProjector } from '../../src/features/presenter/classroom/scoreboard-projector';
import { useScoreboard } from '../../src/features/presenter/classroom/scoreboard-store';

const countInput = () => screen.getByRole('spinbutton', { name: /按报数分组/ });

/** The card of the team whose name input is labelled 第N个小组的名称. */
function card(position: number) {
  return screen.getByRole('textbox', { name: `第${position}个小组的名称` }).closest('li')!;
}

async function createTeams(user: ReturnType<typeof userEvent.setup>, count: string) {
  await user.tab();
  expect(countInput()).toHaveFocus();
  await user.clear(countInput());
  await user.keyboard(`${count}{Enter}`);
}

describe('scoreboard （团队记分板）', () => {
  beforeEach(() => useScoreboard.setState({ teams: [] }));

  it('counts off teams from the number typed', async () => {
    const user = userEvent.setup();
    render(<Scoreboard />);
    expect(countInput()).toHaveValue(8);
    await createTeams(user, '3');
    expect(
      screen.getAllByRole('textbox', { name: /个小组的名称/ }).map((el) => (el as HTMLInputElement).value),
    ).toEqual(['第1组', '第2组', '第3组']);
    expect(screen.getByRole('status')).toHaveTextContent('已创建 3 个小组');
  });

  it('refuses a team count outside 1–20', async () => {
    const user = userEvent.setup();
    render(<Scoreboard />);
    await createTeams(user, '21');
    expect(screen.getByText('请输入 1 到 20 之间的整数。')).toBeInTheDocument();
    expect(countInput()).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('textbox', { name: /个小组的名称/ })).not.toBeInTheDocument();
  });

  it('gives and takes stars from the keyboard, never below zero, and marks the leader', async () => {
    const user = userEvent.setup();
    render(<Scoreboard />);
    await createTeams(user, '3');

    const plus = screen.getByRole('button', { name: /^第3组 发言积极度 加一颗星/ });
    plus.focus();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    await user.keyboard('{Enter}');
    const minus = screen.getByRole('button', { name: /^第3组 发言积极度 减一颗星/ });
    minus.focus();
    await user.keyboard('{Enter}');

    const third = within(card(3));
    expect(third.getByText('发言积极度').closest('li')).toHaveTextContent(/★\s*2/);
    expect(card(3)).toHaveTextContent('合计 2 颗星 · 第 1 名');
    expect(third.getByText('领先')).toBeInTheDocument();
    expect(within(card(1)).queryByText('领先')).not.toBeInTheDocument();
    expect(card(1)).toHaveTextContent('第 2 名');
    expect(screen.getByRole('status')).toHaveTextContent('第3组 发言积极度：2 颗星');

    const homeworkMinus = screen.getByRole('button', { name: /^第1组 作业完成度 减一颗星/ });
    expect(homeworkMinus).toHaveAttribute('aria-disabled', 'true');
    homeworkMinus.focus();
    await user.keyboard('{Enter}');
    expect(homeworkMinus).toHaveFocus();
    expect(within(card(1)).getByText('作业完成度').closest('li')).toHaveTextContent(/★\s*0/);
    expect(useScoreboard.getState().teams[0].stars.homework).toBe(0);
  });

  it('renames a team, and the buttons say the new name', async () => {
    const user = userEvent.setup();
    render(<Scoreboard />);
    await createTeams(user, '2');
    const name = screen.getByRole('textbox', { name: '第2个小组的名称' });
    await user.clear(name);
    await user.type(name, '飞鹰队');
    expect(screen.getByRole('button', { name: /^飞鹰队 演练参与度 加一颗星/ })).toBeInTheDocument();
    // A name left empty gets its number back.
    await user.clear(name);
    await user.tab();
    expect(name).toHaveValue('第2组');
  });

  it('asks inside the page before resetting, with focus moved in and back', async () => {
    const user = userEvent.setup();
    render(<Scoreboard />);
    await createTeams(user, '2');
    const reset = screen.getByRole('button', { name: '重置记分板' });
    reset.focus();
    await user.keyboard('{Enter}');

    const region = screen.getByRole('region', { name: '确定清空所有小组和得星吗？' });
    expect(region).toHaveFocus();
    await user.tab();
    expect(within(region).getByRole('button', { name: '确定' })).toHaveFocus();
    await user.tab();
    expect(within(region).getByRole('button', { name: '取消' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    expect(reset).toHaveFocus();
    expect(useScoreboard.getState().teams).toHaveLength(2);

    // Escape cancels as well.
    await user.keyboard('{Enter}');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    expect(reset).toHaveFocus();

    await user.keyboard('{Enter}');
    await user.tab();
    await user.keyboard('{Enter}');
    expect(useScoreboard.getState().teams).toEqual([]);
    expect(screen.queryByRole('textbox', { name: /个小组的名称/ })).not.toBeInTheDocument();
    expect(countInput()).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('记分板已清空');
  });

  it('asks before counting off again over existing teams', async () => {
    const user = userEvent.setup();
    render(<Scoreboard />);
    await createTeams(user, '2');
    await user.click(screen.getByRole('button', { name: /^第1组 精神风貌度 加一颗星/ }));
    countInput().focus();
    await user.clear(countInput());
    await user.keyboard('4{Enter}');
    const region = screen.getByRole('region', { name: /重新分组为 4 个小组/ });
    expect(region).toHaveFocus();
    await user.click(within(region).getByRole('button', { name: '取消' }));
    expect(useScoreboard.getState().teams).toHaveLength(2);
    expect(screen.getByRole('button', { name: '重新分组' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: '确定' }));
    expect(useScoreboard.getState().teams).toHaveLength(4);
    expect(useScoreboard.getState().teams[0].stars.spirit).toBe(0);
  });
});

describe('scoreboard on the projector', () => {
  beforeEach(() => useScoreboard.setState({ teams: [] }));

  it('lists the teams by stars, leader first, with the numbers as text', () => {
    useScoreboard.getState().createTeams(3);
    const { addStar, renameTeam } = useScoreboard.getState();
    addStar('team-2', 'drill', 1);
    addStar('team-2', 'homework', 1);
    addStar('team-3', 'speaking', 1);
    renameTeam('team-3', '飞鹰队');
    render(<ScoreboardProjector />);
    const table = screen.getByRole('table', { name: '团队记分板' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['第2组领先', '飞鹰队', '第1组']);
    expect(
      within(rows[0])
        .getAllByRole('cell')
        .map((c) => c.textContent?.replace(/\s+/g, '')),
    ).toEqual(['1', '★0', '★0', '★1', '★1', '★2']);
    expect(within(rows[2]).getAllByRole('cell')[0]).toHaveTextContent('3');
  });

  it('says when there are no teams yet', () => {
    render(<ScoreboardProjector />);
    expect(screen.getByText('团队记分板：还没有小组')).toBeInTheDocument();
  });
});
