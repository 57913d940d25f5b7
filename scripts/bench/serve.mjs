// Serves dist/ under /course/ (as the browser tests do) for the benchmarks; resolves to a stop function.
import { preview } from 'vite';

export async function serveDist(port) {
  const server = await preview({
    base: '/course/',
    preview: { port, strictPort: true, host: '127.0.0.1' },
    logLevel: 'error',
  });
  return {
    url: `http://127.0.0.1:${port}/course/`,
    stop: () => new Promise((resolve) => server.httpServer.close(resolve)),
  };
}
