import type { ReactNode } from 'react';

interface ActivityProps {
  title: string;
  duration?: string;
  children?: ReactNode;
}

/** A classroom activity as participants see it; the instructor's full steps are in the notes. */
export function Activity({ title, duration, children }: ActivityProps) {
  return (
    <aside className="activity" aria-label={`课堂活动：${title}`}>
      <p className="activity__title">
        <span className="activity__kind">课堂活动</span>
        <span>{title}</span>
        {duration ? <span className="activity__duration">{duration}</span> : null}
      </p>
      {children}
    </aside>
  );
}
