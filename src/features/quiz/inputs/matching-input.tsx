import type { MatchingQuestion } from '../../../lib/quiz/types';

interface Props {
  question: MatchingQuestion;
  /** The distinct right-hand texts, in display order. */
  rightOptions: string[];
  matches: Record<string, string>;
  onChange: (matches: Record<string, string>) => void;
  disabled: boolean;
  graded: boolean;
  /** Show the right answer beside each wrong row. */
  revealed: boolean;
}

/** Pairs each left item with a right item through a labelled select. */
export function MatchingInput({ question, rightOptions, matches, onChange, disabled, graded, revealed }: Props) {
  return (
    <div className="matching">
      {question.pairs.map((pair) => {
        const selectId = `${question.id}-${pair.id}`;
        const chosen = matches[pair.id] ?? '';
        const mark = graded ? (chosen === pair.right ? 'correct' : 'wrong') : '';
        return (
          <div key={pair.id} className={`matching__row ${mark ? `matching__row--${mark}` : ''}`}>
            <label htmlFor={selectId} className="matching__left">
              {pair.left}
            </label>
            <select
              id={selectId}
              value={chosen}
              disabled={disabled}
              onChange={(e) => onChange({ ...matches, [pair.id]: e.target.value })}
            >
              <option value="">请选择……</option>
              {rightOptions.map((right) => (
                <option key={right} value={right}>
                  {right}
                </option>
              ))}
            </select>
            {mark === 'wrong' ? (
              <span className="matching__mark">{revealed ? `不对，正确答案：${pair.right}` : '不对'}</span>
            ) : null}
            {mark === 'correct' ? <span className="matching__mark">对</span> : null}
          </div>
        );
      })}
    </div>
  );
}
