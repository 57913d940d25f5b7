import { defineConfig } from '@playwright/test';

// A real Chromium: Debian's package (a test tool's own browser download cannot work here).
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const port = Number(process.env.E2E_PORT || 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  reporter: [['list']],
  use: {
    // The BUILT app, served under a sub-path as an LMS or intranet host would.
    baseURL: `http://127.0.0.1:${port}/course/`,
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --base /course/ --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/course/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
