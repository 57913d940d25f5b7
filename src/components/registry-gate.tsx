import type { ReactNode } from 'react';
import type { CaseRegistry } from '../lib/quiz/case-registry';
import { useCaseRegistry } from './use-case-registry';

/** Renders its children once the cases are loaded; a clear message and retry if loading fails. */
export function RegistryGate({ children }: { children: (registry: CaseRegistry) => ReactNode }) {
  const state = useCaseRegistry();
  if (state.status === 'loading')
    return (
      <p className="loading" role="status">
        正在加载案例……
      </p>
    );
  if (state.status === 'error') {
    return (
      <div className="load-error" role="alert">
        <p>案例加载失败。请检查网络连接后重试；您的答题记录不受影响。</p>
        <p className="load-error__detail">{state.message}</p>
        <button type="button" className="button" onClick={state.retry}>
          重试
        </button>
      </div>
    );
  }
  return <>{children(state.registry)}</>;
}
