import type { ReactNode } from 'react';
import { useSlideMode } from './slide-mode';

/** Elaboration for the reading view only: the projector, the console and printed slides skip it. */
export function Detail({ children }: { children?: ReactNode }) {
  const { kind } = useSlideMode();
  if (kind !== 'reading') return null;
  return <div className="detail">{children}</div>;
}
