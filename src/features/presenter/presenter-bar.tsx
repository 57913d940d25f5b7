import type { Lecture } from '../../lib/content/lectures';
import { formatClock, pace, paceLabels } from './pace';
import { useStopwatch } from './use-stopwatch';

const clockFormat = new Intl.DateTimeFormat('zh-CN', { hour: '2-digit', minute: '2-digit' });

/** Slide N/M with its steps, elapsed time with pause/reset, the clock, and the pace against the planned duration. */
interface Props {
  lecture: Lecture;
  slide: number;
  /** The step shown on the slide, and the steps of every slide (from the build's data). */
  step: number;
  stepCounts: readonly number[];
}

/** Presses of → from the first view of slide 1 to the given slide and step, and in the whole lecture. */
export function pressProgress(stepCounts: readonly number[], count: number, slide: number, step: number) {
  const views = (n: number) => 1 + (stepCounts[n - 1] ?? 0);
  let done = 0;
  let total = 0;
  for (let n = 1; n <= count; n++) {
    if (n < slide) done += views(n);
    total += views(n);
  }
  return { position: done + Math.min(step, views(slide) - 1) + 1, total };
}

export function PresenterBar({ lecture, slide, step, stepCounts }: Props) {
  const stopwatch = useStopwatch();
  const count = lecture.slides.length;
  const planned = lecture.frontmatter.duration;
  const { expectedSlide, status } = pace(stopwatch.elapsedMs, planned, slide, count);
  const stepsHere = stepCounts[slide - 1] ?? 0;
  const progress = pressProgress(stepCounts, count, slide, step);
  return (
    <header className="presenter__bar">
      <h1 className="presenter__title">{lecture.frontmatter.title}</h1>
      <p className="presenter__count" aria-live="polite">
        第 {slide} / {count} 页{stepsHere > 0 ? ` · 第 ${Math.min(step, stepsHere) + 1} / ${stepsHere + 1} 步` : ''}
        <span className="presenter__progress">
          （共 {progress.total} 步，第 {progress.position} 步）
        </span>
      </p>
      <div className="presenter__timer" role="group" aria-label="授课计时">
        <span className="presenter__elapsed">已用 {formatClock(stopwatch.elapsedMs)}</span>
        <button type="button" className="button button--small" onClick={stopwatch.toggle}>
          {stopwatch.running ? '暂停计时' : '继续计时'}
        </button>
        <button type="button" className="button button--small" onClick={stopwatch.reset}>
          计时归零
        </button>
      </div>
      <p className="presenter__clock">现在 {clockFormat.format(stopwatch.now)}</p>
      <p className={`presenter__pace presenter__pace--${status}`}>
        计划 {planned} 分钟 · 按计划应到第 {expectedSlide} 页 · {paceLabels[status]}
      </p>
    </header>
  );
}
