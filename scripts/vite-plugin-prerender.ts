// Puts the home screen, rendered at build time, into index.html so a first visit paints it before
// any JavaScript has loaded (Lighthouse's slow phone waits ~1.7 s for React otherwise), and adds
// the head script that decides whether that markup is the right first screen (src/app/first-screen.ts).
import type { OutputBundle, OutputChunk } from 'rolldown';
import { createServer, type Plugin } from 'vite';
import { firstScreenHintScript, PRERENDERED_ATTRIBUTE } from '../src/app/first-screen.ts';
import { STORE_KEY } from '../src/store/store-key.ts';

const HINT_FILE = 'first-screen.js';
const APP_MODULE = 'src/boot.tsx';
const EMPTY_ROOT = '<div id="root"></div>';

/** Renders the home with the app's own modules and plugins (MDX, lecture index) in Vite's SSR. */
async function renderHome(root: string, configFile: string | undefined): Promise<string> {
  const server = await createServer({
    root,
    configFile,
    appType: 'custom',
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, watch: null },
  });
  try {
    const module = (await server.ssrLoadModule('/src/app/prerender-home.tsx')) as {
      renderHomeMarkup: () => string;
    };
    return module.renderHomeMarkup();
  } finally {
    await server.close();
  }
}

/** The app chunk (src/boot.tsx) and everything it imports statically, as paths from index.html. */
function appFiles(bundle: OutputBundle): string[] {
  const app = Object.values(bundle).find(
    (output): output is OutputChunk => output.type === 'chunk' && !!output.facadeModuleId?.endsWith(APP_MODULE),
  );
  if (!app) throw new Error(`prerender-home: no chunk for ${APP_MODULE} in the bundle.`);
  const files = new Set<string>();
  const visit = (fileName: string) => {
    const chunk = bundle[fileName];
    if (files.has(fileName) || chunk?.type !== 'chunk') return;
    files.add(fileName);
    chunk.imports.forEach(visit);
  };
  visit(app.fileName);
  return [...files].map((file) => `./${file}`);
}

export function prerenderHomePlugin(): Plugin {
  let root = process.cwd();
  let configFile: string | undefined;
  return {
    name: 'prerender-home',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      configFile = config.configFile;
    },
    generateBundle(_options, bundle) {
      this.emitFile({ type: 'asset', fileName: HINT_FILE, source: firstScreenHintScript(STORE_KEY, appFiles(bundle)) });
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (!html.includes(EMPTY_ROOT)) throw new Error(`prerender-home: index.html has no ${EMPTY_ROOT} to fill.`);
        // The CSP (style-src 'self') blocks style attributes written in HTML, though not styles React
        // sets through the DOM: drop them here; the stylesheet gives the same first-visit look
        // (empty progress bars).
        const markup = (await renderHome(root, configFile)).replace(/ style="[^"]*"/g, '');
        return {
          html: html.replace(EMPTY_ROOT, `<div id="root" ${PRERENDERED_ATTRIBUTE}>${markup}</div>`),
          // Classic and blocking on purpose: it must run before the first paint (CSP: same origin).
          // At the end of <head>, after <meta charset>: placed before it, Chrome held the first paint
          // for about a second in Lighthouse runs.
          tags: [{ tag: 'script', attrs: { src: `./${HINT_FILE}` }, injectTo: 'head' }],
        };
      },
    },
  };
}
