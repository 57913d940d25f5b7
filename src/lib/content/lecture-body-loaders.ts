// Each lecture body (one chunk per lecture) as a module source, keyed by its file. Apart from the
// lecture index so that the app's starter can begin loading a deep-linked lecture without
// carrying the index.
import type { ComponentType } from 'react';
import { type ModuleSource, moduleSource } from '../module-source';
import type { StepPart } from './slide-steps';

export type MdxBody = ComponentType<{ components?: Record<string, ComponentType<never>> }>;
/** A compiled lecture: its body, and the step parts of each slide (remark-slides adds them). */
export type BodyModule = { default: MdxBody; slideSteps?: StepPart[][] };

const bodyLoaders = import.meta.glob<BodyModule>('/content/lectures/*/index.mdx');
const sources = new Map<string, ModuleSource<BodyModule>>();

/** The one source of a lecture body, or undefined when there is no such file. */
export function bodySource(file: string): ModuleSource<BodyModule> | undefined {
  const importer = bodyLoaders[file];
  if (!importer) return undefined;
  let source = sources.get(file);
  if (!source) sources.set(file, (source = moduleSource(importer)));
  return source;
}

/** The file of the lecture whose folder is `NN-<id>`. */
export function bodyFileForId(id: string): string | undefined {
  return Object.keys(bodyLoaders).find((path) => path.endsWith(`-${id}/index.mdx`));
}
