import type { ReactNode } from 'react';
import { useSlideMode } from './slide-mode';

interface ClassroomProps {
  title: string;
  duration?: string;
  children?: ReactNode;
}

/**
 * What happens in the room (activities, icebreakers, the instructor's introduction): shown on the
 * projector, the console and in print. A self-study reader gets one line saying an activity takes
 * place here, never its instructions or a template to fill in.
 */
export function Classroom({ title, duration, children }: ClassroomProps) {
  const { kind } = useSlideMode();
  const label = duration ? `${title}（${duration}）` : title;
  if (kind === 'reading') {
    return (
      <p className="classroom-note">
        <span className="classroom-note__kind">课堂活动</span>
        {label}：在面授课堂上进行。
      </p>
    );
  }
  return (
    <div className="classroom-block" role="group" aria-label={`课堂活动：${title}`}>
      <p className="classroom-block__tag">
        <span className="classroom-block__kind">课堂活动</span>
        <span>{title}</span>
        {duration ? <span className="classroom-block__duration">{duration}</span> : null}
      </p>
      {children}
    </div>
  );
}
