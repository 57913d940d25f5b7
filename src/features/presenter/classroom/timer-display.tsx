import { useEffect, useRef } from 'react';
import { type ActivityTimer, timerRemaining } from '../deck-state';
import { playBeep } from './beep';
import { formatClock, formatDuration, timerPhase } from './timer-model';
import { useNow } from './use-now';

interface TimerDisplayProps {
  timer: ActivityTimer | null;
  /** 'projector' sizes it for the 1920×1080 audience canvas, 'console' for one line of the console. */
  size?: 'normal' | 'projector' | 'console';
}

const PHASE_TEXT = { idle: '未开始', running: '进行中', paused: '已暂停', done: '' } as const;

/** The activity timer, large: label and mm:ss; at zero “时间到!”, a beep and a polite announcement. */
export function TimerDisplay({ timer, size = 'normal' }: TimerDisplayProps) {
  const now = useNow(timer !== null && timer.endsAt !== null);
  // Ticking stops once the end has passed; the last tick is at or after endsAt, so it stays done.
  const phase = timer ? timerPhase(timer, now) : null;
  const done = phase === 'done';

  // Beep on the change to zero only, not when a window opens on a timer that has already ended.
  const wasDone = useRef(done);
  useEffect(() => {
    if (done && !wasDone.current) playBeep();
    wasDone.current = done;
  }, [done]);

  const classes = ['timer-display', `timer-display--${size}`, done ? 'timer-display--done' : ''].join(' ').trim();
  return (
    <div className={classes}>
      {timer ? (
        <>
          <p className="timer-display__label">
            {timer.label}
            <span className="timer-display__meta">
              {' '}
              · 共 {formatDuration(timer.durationMs)}
              {phase && PHASE_TEXT[phase] ? ` · ${PHASE_TEXT[phase]}` : ''}
            </span>
          </p>
          {!done && (
            <p className="timer-display__clock" role="timer">
              {formatClock(Math.min(timer.durationMs, timerRemaining(timer, now)))}
            </p>
          )}
        </>
      ) : (
        <p className="timer-display__empty">尚未设定计时。请选择一个活动或输入分钟数。</p>
      )}
      {/* Always present, so that screen readers announce the change to “时间到！”. */}
      <p role="status" className={done ? 'timer-display__alert' : 'timer-display__alert visually-hidden'}>
        {done ? '时间到！' : ''}
      </p>
    </div>
  );
}
