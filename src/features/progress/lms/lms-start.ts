// Connects a launched LMS session to the course: the app store, the lecture list and the case
// bank. Loaded only when an LMS is present, so a plain visit pays nothing for it.
import { lectures } from '../../../lib/content/lectures';
import { readableSlides } from '../../../lib/content/readable-slides';
import { loadCaseRegistry } from '../../../lib/quiz/case-registry';
import type { LectureId } from '../../../lib/quiz/types';
import { partialize, safeStorage, useAppStore } from '../../../store/app-store';
import { askToImport } from './import-offer';
import type { FoundApi } from './find-api';
import type { LmsAdapter } from './lms-adapter';
import type { LmsLaunch } from './lms-launch';
import { runLmsSession } from './lms-runtime';
import { declinedKey, otherProgress } from './other-progress';
import { createScorm12Adapter } from './scorm12-adapter';
import { createScorm2004Adapter } from './scorm2004-adapter';

export function createAdapter(found: FoundApi): LmsAdapter {
  return found.version === '2004' ? createScorm2004Adapter(found.api) : createScorm12Adapter(found.api);
}

/** Offers progress kept elsewhere in this browser, unless the learner already declined this offer. */
function offerOtherProgress(key: string) {
  let storage: Storage;
  try {
    storage = window.localStorage;
  } catch {
    return;
  }
  const offer = otherProgress(storage, key, partialize(useAppStore.getState()));
  if (!offer || safeStorage.getItem(declinedKey(key)) === JSON.stringify(offer.fingerprint)) return;
  void askToImport(offer).then((accepted) => {
    if (accepted) {
      // Merged again: the learner may have gone on while the question was open.
      const latest = otherProgress(storage, key, partialize(useAppStore.getState()));
      if (latest) useAppStore.setState(latest.merged);
    } else safeStorage.setItem(declinedKey(key), JSON.stringify(offer.fingerprint));
  });
}

/** A worker registered here before (an older package, or before the LMS was found) goes. */
function removeServiceWorker(win: Window) {
  win.navigator.serviceWorker
    ?.getRegistration()
    .then((registration) => registration?.unregister())
    .catch(() => undefined);
}

export function startWithLaunch(launch: LmsLaunch, win: Window = window): () => void {
  removeServiceWorker(win);
  return runLmsSession({
    adapter: createAdapter(launch.found),
    win,
    store: {
      getState: () => useAppStore.getState(),
      // The session keeps only known lecture ids, so the cast holds.
      setState: ({ lectures: read, attempts, review }) =>
        useAppStore.setState({ lectures: read as Partial<Record<LectureId, (typeof read)[string]>>, attempts, review }),
      subscribe: (listener) => useAppStore.subscribe(listener),
    },
    lectures: lectures.map((l) => ({
      id: l.frontmatter.id,
      slides: l.slides.length,
      readable: readableSlides(l).map((s) => s.index),
    })),
    loadCases: () => loadCaseRegistry().then((registry) => registry.cases),
    afterResume: () => offerOtherProgress(launch.key),
  });
}
