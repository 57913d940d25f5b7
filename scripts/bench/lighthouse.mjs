// Lighthouse (mobile preset, the default) against the same system Chromium; median of N runs.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

// Lighthouse keeps an origin's local storage between runs by default, so only the first run of a
// page would be a first visit (the course saves progress as soon as a lecture opens). Each run is
// a first visit here, as in a private window, unless the page is marked `returning`: then one
// unmeasured run saves progress first, and the measured runs are a learner coming back.
const DEFAULT_CLEARED = ['file_systems', 'shader_cache', 'service_workers', 'cache_storage'];
const settingsFor = (page) => ({
  clearStorageTypes: page.returning ? DEFAULT_CLEARED : [...DEFAULT_CLEARED, 'local_storage', 'indexeddb'],
});

export async function lighthouseFigures(pages, runs = 3) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  const figures = [];
  try {
    for (const page of pages) {
      const { name, url } = page;
      const samples = [];
      const flags = {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      };
      const config = { extends: 'lighthouse:default', settings: settingsFor(page) };
      if (page.returning) await lighthouse(url, flags, config);
      for (let i = 0; i < runs; i++) {
        const { lhr } = await lighthouse(url, flags, config);
        samples.push({
          performance: lhr.categories.performance.score * 100,
          accessibility: lhr.categories.accessibility.score * 100,
          bestPractices: lhr.categories['best-practices'].score * 100,
          lcpMs: lhr.audits['largest-contentful-paint'].numericValue,
          tbtMs: lhr.audits['total-blocking-time'].numericValue,
          cls: lhr.audits['cumulative-layout-shift'].numericValue,
        });
      }
      const pick = (key) => median(samples.map((s) => s[key]));
      figures.push({
        name,
        performance: pick('performance'),
        accessibility: pick('accessibility'),
        bestPractices: pick('bestPractices'),
        lcpMs: pick('lcpMs'),
        tbtMs: pick('tbtMs'),
        cls: pick('cls'),
      });
    }
  } finally {
    await chrome.kill();
  }
  return figures;
}
