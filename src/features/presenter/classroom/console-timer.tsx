import { useDeck } from '../deck-store';
import { TimerControls } from './timer-controls';
import { TimerDisplay } from './timer-display';

/** The activity timer on the presenter console: the countdown the room sees, and its controls. */
export function ConsoleTimer() {
  const timer = useDeck((state) => state.timer);
  return (
    <div className="console-timer">
      <TimerDisplay timer={timer} size="console" />
      <TimerControls />
    </div>
  );
}
