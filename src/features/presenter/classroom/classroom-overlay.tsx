import { type ReactNode, useRef } from 'react';
import { useDeck } from '../deck-store';
import { ScoreboardProjector } from './scoreboard-projector';
import { TimerDisplay } from './timer-display';
import { canvasTransform } from '../canvas-fit';
import { useCanvasScale } from '../projector-canvas';

// Sizes here are in the projector canvas's pixels (projector-canvas.ts), ≥ 32 px text.

/** Covers the whole window and scales a 1920×1080 canvas to fit, wherever it is placed. */
function OverlayCanvas({ label, children }: { label: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const scale = useCanvasScale(box);
  return (
    <div ref={box} className="classroom-overlay" role="region" aria-label={label}>
      <div className="classroom-overlay__canvas" style={{ transform: canvasTransform(scale) }}>
        {children}
      </div>
    </div>
  );
}

/**
 * What the instructor chose to show over the slides in the audience window (课堂投影):
 * nothing, the scoreboard, the activity timer or the last random pick.
 */
export function ClassroomOverlay() {
  const overlay = useDeck((state) => state.overlay);
  const timer = useDeck((state) => state.timer);
  const pick = useDeck((state) => state.pick);
  if (overlay === 'scoreboard') {
    return (
      <OverlayCanvas label="团队记分板">
        <ScoreboardProjector />
      </OverlayCanvas>
    );
  }
  if (overlay === 'timer' && timer) {
    return (
      <OverlayCanvas label="活动计时器">
        <TimerDisplay timer={timer} size="projector" />
      </OverlayCanvas>
    );
  }
  if (overlay === 'pick' && pick) {
    return (
      <OverlayCanvas label="随机点名">
        <div className="pick-projector">
          <p className="pick-projector__label">随机点名</p>
          <p className="pick-projector__result">{pick}</p>
        </div>
      </OverlayCanvas>
    );
  }
  return null;
}
