import type { ReactNode } from 'react';
import { useSlideMode } from './slide-mode';

/** Content revealed step by step on the projector; always shown when reading. */
export function Reveal({ children, step = 1 }: { children?: ReactNode; step?: number }) {
  const mode = useSlideMode();
  const hidden = mode.kind === 'deck' && (mode.revealed ?? 0) < step;
  return (
    <div className="reveal" data-step={step} hidden={hidden}>
      {children}
    </div>
  );
}
