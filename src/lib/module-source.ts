// Code loaded on demand, once, and read by components with React's use() (use-module.ts). Unlike
// React.lazy, a module that has already arrived (main.tsx starts a deep link's screen loading
// beside the app) renders at once: no loading fallback, and none of React's pause before revealing
// content that replaces a fallback. No React here: the app's small entry uses this too.

type Tracked<T> = Promise<T> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: T; reason?: unknown };

export interface ModuleSource<T> {
  /** Starts loading (once); the same promise, settled or not, until forget(). */
  load(): Promise<T>;
  /** Drops a failed (or loaded) module so that the next load starts again: the "retry" button. */
  forget(): void;
}

export function moduleSource<T>(importer: () => Promise<T>): ModuleSource<T> {
  let current: Tracked<T> | null = null;
  const load = (): Tracked<T> => {
    if (current) return current;
    const promise: Tracked<T> = importer();
    // The fields React's use() reads to return a settled promise's value without suspending.
    promise.status = 'pending';
    promise.then(
      (value) => {
        promise.status = 'fulfilled';
        promise.value = value;
      },
      (reason: unknown) => {
        promise.status = 'rejected';
        promise.reason = reason;
      },
    );
    current = promise;
    return promise;
  };
  return {
    load,
    forget: () => {
      current = null;
    },
  };
}
