import type { ReactNode } from 'react';

/** The divider slide that opens one part of a lecture (styled as a section title on the projector). */
export function Part({ children }: { children?: ReactNode }) {
  return <div className="part-divider">{children}</div>;
}
