// The localStorage key of the saved progress. Its own module so the build (the first-screen hint in
// index.html) can name it without pulling in the store.
export const STORE_KEY = 'complaint-course:progress';

let chosen: string | null = null;
let taken = false;

/**
 * Chooses the key the store is created with (inside an LMS, one per learner and package). Only
 * before the store exists: returns false once the key was taken, and the caller must move the live
 * store itself.
 */
export function chooseStoreKey(key: string): boolean {
  if (taken) return false;
  chosen = key;
  return true;
}

/** The key the store is created with: STORE_KEY unless another was chosen first. */
export function storeKey(): string {
  taken = true;
  return chosen ?? STORE_KEY;
}
