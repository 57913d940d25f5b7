import { useCallback, useEffect, useState } from 'react';
import { type CaseRegistry, loadCaseRegistry, loadedCaseRegistry } from '../lib/quiz/case-registry';

export type RegistryState =
  | { status: 'loading' }
  | { status: 'error'; message: string; retry: () => void }
  | { status: 'ready'; registry: CaseRegistry };

/** Loads every case (its own chunk) for the case bank, exam and review screens. */
export function useCaseRegistry(): RegistryState {
  // Already loaded (preloaded with a deep link's screen, or by the build's prerender): the cases
  // render in the first pass, with no loading message before them.
  const [state, setState] = useState<RegistryState>(() => {
    const registry = loadedCaseRegistry();
    return registry ? { status: 'ready', registry } : { status: 'loading' };
  });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  useEffect(() => {
    let live = true;
    loadCaseRegistry().then(
      (registry) =>
        live &&
        setState((current) =>
          current.status === 'ready' && current.registry === registry ? current : { status: 'ready', registry },
        ),
      (error: unknown) => live && setState({ status: 'error', message: String(error), retry }),
    );
    return () => {
      live = false;
    };
  }, [attempt, retry]);
  return state;
}
