import { LazyMotion, MotionConfig } from 'motion/react';
import type { ReactNode } from 'react';

const loadFeatures = () => import('./motion-features').then((m) => m.default);

/**
 * Animation context for the parts that animate. Kept off the first screen: LazyMotion loads the
 * animation features on demand (`strict` catches a stray `motion.*`), and reduced-motion
 * settings are respected.
 */
export function MotionProvider({ children }: { children: ReactNode }) {
  return (
    <LazyMotion features={loadFeatures} strict>
      <MotionConfig reducedMotion="user">{children}</MotionConfig>
    </LazyMotion>
  );
}
