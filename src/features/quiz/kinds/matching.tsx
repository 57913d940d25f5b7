import { matchingRights } from '../../../lib/quiz/kinds/matching';
import { MatchingInput } from '../inputs/matching-input';
import type { KindView } from './kind-view';

export const matchingView: KindView<'matching'> = {
  Input: ({ question, seed, draft, onChange, grade, revealed }) => (
    <MatchingInput
      question={question}
      rightOptions={matchingRights(question, seed)}
      matches={draft?.kind === 'matching' ? draft.matches : {}}
      onChange={(matches) => onChange({ kind: 'matching', matches })}
      disabled={grade !== null}
      graded={grade !== null}
      revealed={revealed}
    />
  ),
  ClassView: ({ question }) => (
    <div className="class-question__columns">
      <ul>
        {question.pairs.map((p) => (
          <li key={p.id}>{p.left}</li>
        ))}
      </ul>
      <ul>
        {matchingRights(question).map((right) => (
          <li key={right}>{right}</li>
        ))}
      </ul>
    </div>
  ),
};
