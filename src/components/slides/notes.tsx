import type { ReactNode } from 'react';
import { useSlideMode } from './slide-mode';

/** Speaker notes: shown only where the instructor needs them (presenter console, handouts). */
export function Notes({ children }: { children?: ReactNode }) {
  const { showNotes } = useSlideMode();
  if (!showNotes) return null;
  return (
    <aside className="speaker-notes" aria-label="讲师备注">
      <p className="speaker-notes__label">讲师备注</p>
      {children}
    </aside>
  );
}
