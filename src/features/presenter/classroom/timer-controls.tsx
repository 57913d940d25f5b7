import { useId, useState } from 'react';
import { type ActivityTimer, newTimer, pauseTimer, startTimer } from '../deck-state';
import { useDeck } from '../deck-store';
import { OverlayToggle } from './overlay-toggle';
import { MAX_TIMER_MINUTES, parseMinutes, timerPhase } from './timer-model';
import { useNow } from './use-now';

// The course's two timed activities.
const PRESETS = [
  { text: '头脑风暴 60 秒', label: '头脑风暴', ms: 60_000 },
  { text: '小组讨论 10 分钟', label: '小组讨论', ms: 10 * 60_000 },
];

const setTimer = (timer: ActivityTimer | null) => useDeck.getState().update({ timer });

/** The instructor's timer controls; the timer lives in the deck store, shared with the audience. */
export function TimerControls() {
  const timer = useDeck((state) => state.timer);
  const now = useNow(timer !== null && timer.endsAt !== null);
  const phase = timer ? timerPhase(timer, now) : null;
  const [minutes, setMinutes] = useState('5');
  const [invalid, setInvalid] = useState(false);
  const errorId = useId();

  // One start/pause button whose name changes: a disabled button would drop keyboard focus.
  const toggleText =
    phase === 'running' ? '暂停' : phase === 'paused' ? '继续' : phase === 'done' ? '重新开始' : '开始';

  return (
    <div className="timer-controls">
      <div className="timer-controls__presets" role="group" aria-label="常用活动">
        {PRESETS.map((preset) => (
          <button
            key={preset.text}
            type="button"
            className="button"
            onClick={() => setTimer(newTimer(preset.label, preset.ms))}
          >
            {preset.text}
          </button>
        ))}
      </div>
      <form
        className="timer-controls__custom"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const ms = parseMinutes(minutes);
          setInvalid(ms === null);
          if (ms !== null) setTimer(newTimer('课堂活动', ms));
        }}
      >
        <label>
          自定义时长（分钟）
          <input
            type="number"
            inputMode="decimal"
            min={0.5}
            max={MAX_TIMER_MINUTES}
            step={0.5}
            value={minutes}
            aria-invalid={invalid}
            aria-describedby={invalid ? errorId : undefined}
            onChange={(event) => setMinutes(event.target.value)}
          />
        </label>
        <button type="submit" className="button">
          设定
        </button>
        {invalid && (
          <p id={errorId} className="field-error">
            请输入大于 0、不超过 {MAX_TIMER_MINUTES} 的分钟数。
          </p>
        )}
      </form>
      <div className="timer-controls__run">
        <button
          type="button"
          className="button button--primary"
          aria-disabled={!timer}
          onClick={() => {
            if (!timer) return;
            const at = Date.now();
            setTimer(timerPhase(timer, at) === 'running' ? pauseTimer(timer, at) : startTimer(timer, at));
          }}
        >
          {toggleText}
        </button>
        <button
          type="button"
          className="button"
          aria-disabled={!timer}
          onClick={() => timer && setTimer(newTimer(timer.label, timer.durationMs))}
        >
          重置
        </button>
        <OverlayToggle overlay="timer" label="在投影上显示计时" />
      </div>
    </div>
  );
}
