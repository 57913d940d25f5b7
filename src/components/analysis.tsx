import type { ReactNode } from 'react';

/**
 * The one marker for the course's own analysis, beyond what the sources say (课程分析). In MDX:
 * `<Analysis>…</Analysis>`; for case data, a question's `analysis` field renders through it.
 */
export function Analysis({ children }: { children?: ReactNode }) {
  return (
    <div className="analysis" role="note" aria-label="课程分析">
      <p className="analysis__label">课程分析</p>
      <div className="analysis__body">{children}</div>
    </div>
  );
}
