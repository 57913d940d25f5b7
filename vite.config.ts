/// <reference types="vitest/config" />
import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { lectureIndexPlugin } from './src/lib/mdx/vite-plugin-lecture-index.ts';
import { mdxOptions } from './src/lib/mdx/mdx-options.ts';

export default defineConfig({
  // Relative base + hash routes: dist/ works from any static host, sub-path or LMS frame.
  base: './',
  plugins: [{ enforce: 'pre', ...mdx(mdxOptions) }, react({ include: /\.(mdx|ts|tsx)$/ }), lectureIndexPlugin()],
  build: {
    target: 'es2022',
    reportCompressedSize: false,
    // The size budget reads the manifest to find the home screen's files and each lecture chunk.
    manifest: true,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['tests/setup.ts'],
    include: ['tests/{unit,content,components}/**/*.test.{ts,tsx}'],
    css: false,
  },
});
