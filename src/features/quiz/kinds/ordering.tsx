import { ordering } from '../../../lib/quiz/kinds/ordering';
import { seededShuffle } from '../../../lib/quiz/shuffle';
import { OrderingInput } from '../inputs/ordering-input';
import type { KindView } from './kind-view';

export const orderingView: KindView<'ordering'> = {
  Input: ({ question, seed, draft, onChange, grade }) => {
    const start = ordering.initialDraft(question, seed);
    const order = draft?.kind === 'ordering' ? draft.itemIds : start?.kind === 'ordering' ? start.itemIds : [];
    return (
      <OrderingInput
        items={question.items}
        order={order}
        onChange={(itemIds) => onChange({ kind: 'ordering', itemIds })}
        disabled={grade !== null}
        correctOrder={grade ? question.items.map((i) => i.id) : undefined}
      />
    );
  },
  // A fixed order that is not the answer's (the written order is the answer).
  ClassView: ({ question }) => (
    <ul className="class-question__options">
      {seededShuffle(question.items, question.id).map((item) => (
        <li key={item.id}>{item.text}</li>
      ))}
    </ul>
  ),
};
