import type { ReactNode } from 'react';
import { useSlideMode } from './slide-mode';

/** Speaker notes: shown only where the instructor needs them (presenter console, handouts). */
export function Notes({ children }: { children?: ReactNode }) {
  const { showNotes, kind } = useSlideMode();
  // A printed slide is the projected slide; handouts print the notes beside it (print-pages.tsx).
  if (!showNotes || kind === 'print') return null;
  return (
    <aside className="speaker-notes" aria-label="讲师备注">
      <p className="speaker-notes__label">讲师备注</p>
      {children}
    </aside>
  );
}
