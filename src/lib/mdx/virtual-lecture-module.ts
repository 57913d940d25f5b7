// A virtual module built from the lecture sources at build time (the lecture index, the slide text
// for search): resolved by id, rebuilt when a lecture's MDX changes in the dev server.
import type { Plugin } from 'vite';

interface Options {
  name: string;
  /** e.g. 'virtual:lecture-index' */
  id: string;
  /** The module's code, and the source files it was made from (watched). */
  build: (root: string) => { code: string; files: string[] };
}

export function virtualLectureModule({ name, id, build }: Options): Plugin {
  const resolvedId = '\0' + id;
  let root = process.cwd();
  return {
    name,
    configResolved(config) {
      root = config.root;
    },
    resolveId(source) {
      return source === id ? resolvedId : undefined;
    },
    load(source) {
      if (source !== resolvedId) return undefined;
      const { code, files } = build(root);
      for (const file of files) this.addWatchFile(file);
      return code;
    },
    handleHotUpdate({ file, server }) {
      if (!file.endsWith('.mdx')) return;
      const mod = server.moduleGraph.getModuleById(resolvedId);
      if (mod) server.moduleGraph.invalidateModule(mod);
    },
  };
}
