// Connects a found LMS API to the course: the app store, the lecture list and the case bank.
// Loaded only when an LMS is present, so a plain visit pays nothing for it.
import { lectures } from '../../../lib/content/lectures';
import { loadCaseRegistry } from '../../../lib/quiz/case-registry';
import type { LectureId } from '../../../lib/quiz/types';
import { useAppStore } from '../../../store/app-store';
import type { FoundApi } from './find-api';
import type { LmsAdapter } from './lms-adapter';
import { runLmsSession } from './lms-runtime';
import { createScorm12Adapter } from './scorm12-adapter';
import { createScorm2004Adapter } from './scorm2004-adapter';

export function createAdapter(found: FoundApi): LmsAdapter {
  return found.version === '2004' ? createScorm2004Adapter(found.api) : createScorm12Adapter(found.api);
}

export function startWithApi(found: FoundApi, win: Window = window): () => void {
  return runLmsSession({
    adapter: createAdapter(found),
    win,
    store: {
      getState: () => useAppStore.getState(),
      // The session keeps only known lecture ids, so the cast holds.
      setState: ({ lectures: read, attempts, review }) =>
        useAppStore.setState({ lectures: read as Partial<Record<LectureId, (typeof read)[string]>>, attempts, review }),
      subscribe: (listener) => useAppStore.subscribe(listener),
    },
    lectures: lectures.map((l) => ({ id: l.frontmatter.id, slides: l.slides.length })),
    loadCases: () => loadCaseRegistry().then((registry) => registry.cases),
  });
}
