// The localStorage key of the saved progress. Its own module so the build (the first-screen hint in
// index.html) can name it without pulling in the store.
export const STORE_KEY = 'complaint-course:progress';
