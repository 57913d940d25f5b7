import { useEffect, useRef } from 'react';
import type { Lecture } from '../../lib/content/lectures';
import type { DeckActions } from './use-deck-actions';
import { slideStepCounts } from '../../lib/content/lecture-bodies';

interface Props {
  lecture: Lecture;
  current: number;
  onPick: (slide: number) => void;
  onClose: () => void;
}

/** The overview over a deck screen while open: picking a slide closes it and goes there. */
export function DeckOverview({
  lecture,
  current,
  open,
  setOpen,
  actions,
}: {
  lecture: Lecture;
  current: number;
  open: boolean;
  setOpen: (open: boolean) => void;
  actions: DeckActions;
}) {
  if (!open) return null;
  return (
    <OverviewGrid
      lecture={lecture}
      current={current}
      onClose={() => setOpen(false)}
      onPick={(n) => {
        setOpen(false);
        actions.goTo(n);
      }}
    />
  );
}

/** All slides of the lecture as a grid to pick from (O to open, Esc to leave). */
export function OverviewGrid({ lecture, current, onPick, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>(`[data-slide="${current}"]`)?.focus();
  }, [current]);

  // Arrow keys move between tiles; Enter (the button's own) picks.
  const onKeyDown = (event: React.KeyboardEvent) => {
    const tiles = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button[data-slide]') ?? [])];
    const index = tiles.indexOf(document.activeElement as HTMLButtonElement);
    const columns = Math.max(1, Math.round((ref.current?.clientWidth ?? 800) / 260));
    const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: columns, ArrowUp: -columns };
    if (event.key in moves && index >= 0) {
      event.preventDefault();
      tiles[Math.min(tiles.length - 1, Math.max(0, index + moves[event.key]))]?.focus();
    }
  };

  const steps = slideStepCounts(lecture);
  return (
    <div
      className="overview"
      role="dialog"
      aria-modal="true"
      aria-labelledby="overview-title"
      ref={ref}
      onKeyDown={onKeyDown}
    >
      <div className="overview__bar">
        <h2 id="overview-title">全部幻灯片（共 {lecture.slides.length} 页）</h2>
        <button type="button" className="button" onClick={onClose}>
          关闭（Esc）
        </button>
      </div>
      <ol className="overview__grid">
        {lecture.slides.map((slide, i) => (
          <li key={slide.index}>
            <button
              type="button"
              className="overview__tile"
              data-slide={slide.index}
              aria-current={slide.index === current ? 'page' : undefined}
              onClick={() => onPick(slide.index)}
            >
              <span className="overview__num">{slide.index}</span>
              <span>{slide.title}</span>
              {steps[i] ? <span className="overview__steps">另有 {steps[i]} 步</span> : null}
              {slide.classroomOnly ? <span className="overview__steps">课堂活动</span> : null}
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
