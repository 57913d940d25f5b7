import { LazyMotion, MotionConfig } from 'motion/react';
import { HashRouter } from 'react-router';
import { AppErrorBoundary } from './app-error-boundary';
import { AppRoutes } from './routes';

const loadMotionFeatures = () => import('./motion-features').then((m) => m.default);

export function App() {
  return (
    // Hash URLs: the built course works from any static host, sub-path or LMS frame, with no server.
    // The declarative router keeps the first screen small (the data router adds ~15 KB gzip).
    <HashRouter>
      {/* LazyMotion loads animation features after first paint; `strict` catches a stray `motion.*`. */}
      <LazyMotion features={loadMotionFeatures} strict>
        <MotionConfig reducedMotion="user">
          <AppErrorBoundary>
            <AppRoutes />
          </AppErrorBoundary>
        </MotionConfig>
      </LazyMotion>
    </HashRouter>
  );
}
