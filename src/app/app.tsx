import { HashRouter } from 'react-router';
import { AppErrorBoundary } from './app-error-boundary';
import { AppRoutes } from './routes';
import { ServiceWorkerRegistration } from './update-prompt';

export function App() {
  return (
    // Hash URLs: the built course works from any static host, sub-path or LMS frame, with no server.
    // The declarative router keeps the first screen small (the data router adds ~15 KB gzip).
    <HashRouter>
      <AppErrorBoundary>
        <AppRoutes />
        <ServiceWorkerRegistration />
      </AppErrorBoundary>
    </HashRouter>
  );
}
