import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClassroomOverlay } from '../../src/features/presenter/classroom/classroom-overlay';
import { ClassroomScreen } from '../../src/features/presenter/classroom/classroom-screen';
import { TimerDisplay } from '../../src/features/presenter/classroom/timer-display';
import { newTimer, startTimer } from '../../src/features/presenter/deck-state';
import { disconnectDeck, useDeck } from '../../src/features/presenter/deck-store';

function setup() {
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  render(<ClassroomScreen />);
  // What the audience window would show, kept apart so its regions are not confused with the page's.
  const audience = within(render(<ClassroomOverlay />).container);
  const section = screen.getAllByRole('region', { name: '活动计时器' })[0];
  return { user, section, timer: within(section), audience };
}

async function press(user: ReturnType<typeof userEvent.setup>, button: HTMLElement) {
  button.focus();
  await user.keyboard('{Enter}');
}

const advance = (ms: number) => act(async () => void vi.advanceTimersByTime(ms));

class FakeAudioContext {
  static beeps = 0;
  currentTime = 0;
  destination = {};
  createOscillator() {
    return {
      type: '',
      frequency: { value: 0 },
      connect: (node: unknown) => node,
      start: () => void FakeAudioContext.beeps++,
      stop: () => undefined,
      onended: null,
    };
  }
  createGain() {
    return {
      gain: { setValueAtTime: () => undefined, exponentialRampToValueAtTime: () => undefined },
      connect: (node: unknown) => node,
    };
  }
  close() {
    return Promise.resolve();
  }
}

describe('activity timer （活动计时器）', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    FakeAudioContext.beeps = 0;
  });
  afterEach(() => {
    // Unmount before the deck state is reset, so no update lands outside act().
    cleanup();
    vi.useRealTimers();
    vi.unstubAllGlobals();
    disconnectDeck();
  });

  it('runs the 60-second brainstorm to “时间到！”，with pause, from the keyboard', async () => {
    vi.stubGlobal('AudioContext', FakeAudioContext);
    const { user, section, timer } = setup();
    expect(timer.getByText(/尚未设定计时/)).toBeInTheDocument();

    await press(user, timer.getByRole('button', { name: '头脑风暴 60 秒' }));
    expect(timer.getByRole('timer')).toHaveTextContent('01:00');
    expect(section).toHaveTextContent('头脑风暴 · 共 1 分钟 · 未开始');

    const toggle = timer.getByRole('button', { name: '开始' });
    await press(user, toggle);
    await advance(30_000);
    expect(timer.getByRole('timer')).toHaveTextContent('00:30');
    expect(toggle).toHaveAccessibleName('暂停');

    await user.keyboard('{Enter}');
    expect(toggle).toHaveAccessibleName('继续');
    await advance(20_000);
    expect(timer.getByRole('timer')).toHaveTextContent('00:30');
    expect(timer.getByRole('status')).toHaveTextContent('');

    await user.keyboard('{Enter}');
    await advance(29_000);
    expect(timer.getByRole('timer')).toHaveTextContent('00:01');
    expect(FakeAudioContext.beeps).toBe(0);
    await advance(1_500);
    expect(timer.getByRole('status')).toHaveTextContent('时间到！');
    expect(timer.queryByRole('timer')).not.toBeInTheDocument();
    expect(toggle).toHaveAccessibleName('重新开始');
    expect(toggle).toHaveFocus();
    expect(FakeAudioContext.beeps).toBe(1);
    // It beeps once, not on every tick.
    await advance(5_000);
    expect(FakeAudioContext.beeps).toBe(1);

    await press(user, timer.getByRole('button', { name: '重置' }));
    expect(timer.getByRole('timer')).toHaveTextContent('01:00');
    expect(timer.getByRole('status')).toHaveTextContent('');
  });

  it('sets the 10-minute discussion and a custom length', async () => {
    const { user, timer } = setup();
    await press(user, timer.getByRole('button', { name: '小组讨论 10 分钟' }));
    expect(timer.getByRole('timer')).toHaveTextContent('10:00');
    expect(useDeck.getState().timer).toMatchObject({ label: '小组讨论', durationMs: 600_000 });

    const minutes = timer.getByRole('spinbutton', { name: '自定义时长（分钟）' });
    await user.clear(minutes);
    await user.type(minutes, '1.5{Enter}');
    expect(timer.getByRole('timer')).toHaveTextContent('01:30');

    await user.clear(minutes);
    await user.type(minutes, '0{Enter}');
    expect(minutes).toHaveAttribute('aria-invalid', 'true');
    expect(timer.getByText(/请输入大于 0/)).toBeInTheDocument();
    expect(timer.getByRole('timer')).toHaveTextContent('01:30');
  });

  it('shows the timer or the scoreboard on the projector when toggled', async () => {
    const { user, timer, audience } = setup();
    await press(user, timer.getByRole('button', { name: '头脑风暴 60 秒' }));
    expect(audience.queryByRole('region')).not.toBeInTheDocument();

    const showTimer = timer.getByRole('checkbox', { name: '在投影上显示计时' });
    showTimer.focus();
    await user.keyboard(' ');
    expect(useDeck.getState().overlay).toBe('timer');
    const projected = audience.getByRole('region', { name: '活动计时器' });
    expect(within(projected).getByRole('timer')).toHaveTextContent('01:00');
    await press(user, timer.getByRole('button', { name: '开始' }));
    await advance(10_000);
    expect(within(projected).getByRole('timer')).toHaveTextContent('00:50');

    const showBoard = screen.getByRole('checkbox', { name: '在投影上显示记分板' });
    showBoard.focus();
    await user.keyboard(' ');
    expect(useDeck.getState().overlay).toBe('scoreboard');
    expect(showTimer).not.toBeChecked();
    expect(audience.getByRole('region', { name: '团队记分板' })).toHaveTextContent('还没有小组');
    expect(audience.queryByRole('timer')).not.toBeInTheDocument();

    await user.keyboard(' ');
    expect(useDeck.getState().overlay).toBe('none');
    expect(audience.queryByRole('region')).not.toBeInTheDocument();
  });

  it('never lets a failing Web Audio break the end of the timer', async () => {
    vi.stubGlobal(
      'AudioContext',
      class {
        constructor() {
          throw new Error('blocked');
        }
      },
    );
    render(<TimerDisplay timer={startTimer(newTimer('头脑风暴', 2_000), Date.now())} size="projector" />);
    expect(screen.getByRole('timer')).toHaveTextContent('00:02');
    await advance(2_500);
    expect(screen.getByRole('status')).toHaveTextContent('时间到！');
  });

  it('does not beep for a timer that had already ended when it was opened', async () => {
    vi.stubGlobal('AudioContext', FakeAudioContext);
    render(<TimerDisplay timer={startTimer(newTimer('小组讨论', 1_000), Date.now() - 5_000)} />);
    expect(screen.getByRole('status')).toHaveTextContent('时间到！');
    await advance(1_000);
    expect(FakeAudioContext.beeps).toBe(0);
  });
});
