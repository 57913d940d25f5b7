import { RewriteInput } from '../inputs/rewrite-input';
import { choiceMarks } from './choice-marks';
import type { KindView } from './kind-view';
import { LetteredOptions } from './option-list';

export const rewriteView: KindView<'rewrite'> = {
  Input: ({ question, draft, onChange, grade, revealed }) => {
    const value = draft?.kind === 'rewrite' ? draft.answer : { mode: 'choice' as const, choiceId: '' };
    const selected = value.mode === 'choice' && value.choiceId ? [value.choiceId] : [];
    const correct = question.choices.filter((c) => c.correct).map((c) => c.id);
    return (
      <RewriteInput
        question={question}
        value={value}
        onChange={(answer) => onChange({ kind: 'rewrite', answer })}
        disabled={grade !== null}
        marks={grade ? choiceMarks(selected, correct, revealed) : undefined}
      />
    );
  },
  ClassView: ({ question }) => (
    <>
      <p className="class-question__statement">服务忌语：“{question.forbidden}”</p>
      <LetteredOptions options={question.choices} />
    </>
  ),
};
