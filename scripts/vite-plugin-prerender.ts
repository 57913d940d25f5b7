// Renders, at build time with the app's own modules, the screens a first visitor most often opens:
// the home into index.html, so a first visit paints it before any JavaScript has loaded
// (Lighthouse's slow phone waits ~1.7 s for React otherwise), and each lecture's start, the case
// bank and each deck's first slide into first-screens/*.html, which the entry puts in place after
// one small download (src/app/static-screen.ts). Adds the head script that decides which, if any,
// is the right first screen (src/app/first-screen.ts).
import type { OutputBundle, OutputChunk } from 'rolldown';
import { createServer, type Plugin } from 'vite';
import { firstScreenHintScript, PRERENDERED_ATTRIBUTE, staticScreenFile } from '../src/app/first-screen.ts';
import { STORE_KEY } from '../src/store/store-key.ts';

const HINT_FILE = 'first-screen.js';
const APP_MODULE = 'src/boot.tsx';
const EMPTY_ROOT = '<div id="root"></div>';

interface Rendered {
  home: string;
  screens: { path: string; file: string; markup: string }[];
}

// The CSP (style-src 'self') blocks style attributes written in HTML, though not styles set through
// the DOM: drop them; the stylesheet gives the same first-visit look (empty progress bars), and the
// entry scales a deck's canvas itself.
const withoutStyleAttributes = (markup: string) => markup.replace(/ style="[^"]*"/g, '');

/** A prerender that fell back to a loading message or to client rendering would be no first screen. */
function checkComplete(path: string, markup: string): string {
  if (markup.includes('<template data-msg') || markup.includes('Switched to client rendering'))
    throw new Error(`prerender: ${path} failed to render on the server:\n${markup.slice(0, 2000)}`);
  const loading = /<[^>]*class="loading"[^>]*>[^<]*/.exec(markup);
  if (loading) throw new Error(`prerender: ${path} rendered a loading message, not its content: ${loading[0]}`);
  return markup;
}

/** Renders every prerendered screen in Vite's SSR, with the app's plugins (MDX, lecture index). */
async function renderAll(root: string, configFile: string | undefined): Promise<Rendered> {
  const server = await createServer({
    root,
    configFile,
    // As the build: the production JSX runtime for MDX too (the build has set NODE_ENV, so React
    // is its production build, which has no jsxDEV).
    mode: 'production',
    appType: 'custom',
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, watch: null },
  });
  try {
    const prerender = (await server.ssrLoadModule('/src/app/prerender.tsx')) as {
      staticScreenPaths: () => string[];
      renderScreenMarkup: (path: string) => Promise<string>;
    };
    const home = checkComplete('/', await prerender.renderScreenMarkup('/'));
    const screens = [];
    for (const path of prerender.staticScreenPaths()) {
      const markup = checkComplete(path, await prerender.renderScreenMarkup(path));
      screens.push({ path, file: staticScreenFile(path), markup: withoutStyleAttributes(markup) });
    }
    return { home: withoutStyleAttributes(home), screens };
  } finally {
    await server.close();
  }
}

/** The app chunk (src/boot.tsx) and everything it imports statically, as paths from index.html. */
function appFiles(bundle: OutputBundle): string[] {
  const app = Object.values(bundle).find(
    (output): output is OutputChunk => output.type === 'chunk' && !!output.facadeModuleId?.endsWith(APP_MODULE),
  );
  if (!app) throw new Error(`prerender: no chunk for ${APP_MODULE} in the bundle.`);
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

export function prerenderPlugin(): Plugin {
  let root = process.cwd();
  let configFile: string | undefined;
  let rendered: Promise<Rendered> | null = null;
  const render = () => (rendered ??= renderAll(root, configFile));
  return {
    name: 'prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      configFile = config.configFile;
    },
    async generateBundle(_options, bundle) {
      const { screens } = await render();
      for (const { file, markup } of screens)
        this.emitFile({ type: 'asset', fileName: file.replace(/^\.\//, ''), source: markup });
      const staticScreens = Object.fromEntries(screens.map(({ path, file }) => [path, file]));
      this.emitFile({
        type: 'asset',
        fileName: HINT_FILE,
        source: firstScreenHintScript(STORE_KEY, appFiles(bundle), staticScreens),
      });
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (!html.includes(EMPTY_ROOT)) throw new Error(`prerender: index.html has no ${EMPTY_ROOT} to fill.`);
        const { home } = await render();
        return {
          html: html.replace(EMPTY_ROOT, `<div id="root" ${PRERENDERED_ATTRIBUTE}="/">${home}</div>`),
          // Classic and blocking on purpose: it must run before the first paint (CSP: same origin).
          // At the end of <head>, after <meta charset>: placed before it, Chrome held the first paint
          // for about a second in Lighthouse runs.
          tags: [{ tag: 'script', attrs: { src: `./${HINT_FILE}` }, injectTo: 'head' }],
        };
      },
    },
  };
}
