import { use } from 'react';
import type { ModuleSource } from './module-source';

/** In a component: the module, suspending while it loads and throwing if it failed. */
export function useModule<T>(source: ModuleSource<T>): T {
  // use() returns a settled promise's value at once (module-source.ts sets the fields it reads).
  return use(source.load());
}
