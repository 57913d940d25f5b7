import type { CustomerState } from '../../../lib/quiz/types';

function angerWord(anger: number): string {
  if (anger >= 70) return '非常激动';
  if (anger >= 40) return '不满';
  if (anger >= 15) return '有些不快';
  return '平静';
}

function trustWord(trust: number): string {
  if (trust >= 70) return '信任';
  if (trust >= 40) return '将信将疑';
  return '不信任';
}

/** The customer's state as bars with a text equivalent (the text is what assistive tech reads). */
export function CustomerMeter({ state, name }: { state: CustomerState; name: string }) {
  return (
    <div className="meter" aria-label={`${name}当前状态`} role="group">
      <div className="meter__row">
        <span className="meter__label">情绪</span>
        <span className="meter__track" aria-hidden="true">
          <span className="meter__fill meter__fill--anger" style={{ width: `${state.anger}%` }} />
        </span>
        <span className="meter__value">
          {angerWord(state.anger)}（{state.anger}/100）
        </span>
      </div>
      <div className="meter__row">
        <span className="meter__label">信任</span>
        <span className="meter__track" aria-hidden="true">
          <span className="meter__fill meter__fill--trust" style={{ width: `${state.trust}%` }} />
        </span>
        <span className="meter__value">
          {trustWord(state.trust)}（{state.trust}/100）
        </span>
      </div>
    </div>
  );
}
