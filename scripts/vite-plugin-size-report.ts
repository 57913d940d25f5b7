// Writes dist/.vite/size-report.json: for each chunk, its gzip size and how much of it is the
// motion library, so the size budget can check what motion adds to the first screen.
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const MOTION = /node_modules\/(motion|framer-motion|motion-dom|motion-utils)\//;

export function sizeReportPlugin(): Plugin {
  return {
    name: 'size-report',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks: Record<string, { motionGzipBytes: number; motionModules: string[] }> = {};
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const motion = Object.entries(output.modules).filter(([id]) => MOTION.test(id));
        const code = motion.map(([, m]) => m.code ?? '').join('\n');
        chunks[output.fileName] = {
          motionGzipBytes: code ? gzipSync(code, { level: 9 }).length : 0,
          motionModules: motion.map(([id]) => id.replace(/^.*node_modules\//, '')),
        };
      }
      this.emitFile({ type: 'asset', fileName: '.vite/size-report.json', source: JSON.stringify(chunks, null, 2) });
    },
  };
}
