/// <reference types="vitest/config" />
import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicyPlugin } from './scripts/vite-plugin-csp.ts';
import { prerenderPlugin } from './scripts/vite-plugin-prerender.ts';
import { sizeReportPlugin } from './scripts/vite-plugin-size-report.ts';
import { lectureIndexPlugin } from './src/lib/mdx/vite-plugin-lecture-index.ts';
import { lectureTextPlugin } from './src/lib/mdx/vite-plugin-lecture-text.ts';
import { mdxOptions } from './src/lib/mdx/mdx-options.ts';

export default defineConfig({
  // Relative base + hash routes: dist/ works from any static host, sub-path or LMS frame.
  base: './',
  plugins: [
    { enforce: 'pre', ...mdx(mdxOptions) },
    react({ include: /\.(mdx|ts|tsx)$/ }),
    lectureIndexPlugin(),
    lectureTextPlugin(),
    prerenderPlugin(),
    contentSecurityPolicyPlugin(),
    // Installable and offline after the first visit (classrooms often have no network). 'prompt':
    // a new version waits for the learner's OK instead of swapping content under a reader.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: '客户投诉处理技能提升训练',
        short_name: '投诉处理训练',
        description: '客户投诉处理技能提升训练:自学阅读、课堂投影与案例练习',
        lang: 'zh-CN',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f4f6f9',
        theme_color: '#1f4e79',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
    sizeReportPlugin(),
  ],
  build: {
    target: 'es2022',
    reportCompressedSize: false,
    // The size budget reads the manifest to find the home screen's files and each lecture chunk.
    manifest: true,
    rolldownOptions: {
      output: {
        // Fewer, larger chunks on every screen's path: a deep link used to fetch some 25 files,
        // and each costs a round trip on a slow connection (HTTP/1.1 opens at most six at once).
        codeSplitting: {
          groups: [
            {
              name: 'framework',
              test: /node_modules[\\/](react-dom|scheduler|react-router|zustand|valibot|cookie)[\\/]/,
              priority: 20,
            },
            // The app's own modules that every screen uses (saved progress, the lecture list, the
            // shared screen parts); quiz, slide and motion code stays out, in the screens that use it, as do
            // export/import and the derivations only the progress page needs; and
            // so does what the entry itself needs (it must stay small: it runs before the first paint).
            {
              name: 'app-shared',
              test: /src[\\/](store[\\/](?!progress-transfer|progress-undo)|lib[\\/]progress[\\/](continue-point|read-share|progress-keeper)|lib[\\/]dom[\\/]|lib[\\/]content[\\/](?!lecture-bod)|components[\\/](use-document-title|progress-bar|not-found-screen|load-error-boundary))/,
              priority: 10,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['tests/setup.ts'],
    include: ['tests/{unit,content,components}/**/*.test.{ts,tsx}'],
    css: false,
  },
});
