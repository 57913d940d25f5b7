import type { Lecture } from '../../lib/content/lectures';
import { formatClock, pace, paceLabels } from './pace';
import { useStopwatch } from './use-stopwatch';

const clockFormat = new Intl.DateTimeFormat('zh-CN', { hour: '2-digit', minute: '2-digit' });

/** Slide N/M, elapsed time with pause/reset, the clock, and the pace against the planned duration. */
export function PresenterBar({ lecture, slide }: { lecture: Lecture; slide: number }) {
  const stopwatch = useStopwatch();
  const count = lecture.slides.length;
  const planned = lecture.frontmatter.duration;
  const { expectedSlide, status } = pace(stopwatch.elapsedMs, planned, slide, count);
  return (
    <header className="presenter__bar">
      <h1 className="presenter__title">{lecture.frontmatter.title}</h1>
      <p className="presenter__count" aria-live="polite">
        第 {slide} / {count} 页
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
