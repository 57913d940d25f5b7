import { useMemo } from 'react';
import type { Answer, Grade } from '../../lib/quiz/answers';
import { seededShuffle } from '../../lib/quiz/shuffle';
import type { Question } from '../../lib/quiz/types';
import { ChoiceInput, type ChoiceMark } from './inputs/choice-input';
import { MatchingInput } from './inputs/matching-input';
import { OrderingInput } from './inputs/ordering-input';
import { RewriteInput } from './inputs/rewrite-input';

interface Props {
  question: Question;
  draft: Answer | null;
  onChange: (draft: Answer) => void;
  /** Set once the answer has been graded: inputs lock and mark the trainee's own choices. */
  grade: Grade | null;
  revealed: boolean;
}

function choiceMarks(selected: string[], isRight: (id: string) => boolean): Record<string, ChoiceMark> {
  return Object.fromEntries(selected.map((id) => [id, isRight(id) ? 'right' : 'wrong']));
}

/** The answer controls for one question (every kind but role-play, which plays itself). */
export function QuestionInput({ question, draft, onChange, grade, revealed }: Props) {
  const locked = grade !== null;
  const rightOptions = useMemo(
    () =>
      question.kind === 'matching' ? seededShuffle([...new Set(question.pairs.map((p) => p.right))], question.id) : [],
    [question],
  );
  const legend = '选项';

  switch (question.kind) {
    case 'single': {
      const selected = draft?.kind === 'single' && draft.optionId ? [draft.optionId] : [];
      return (
        <ChoiceInput
          name={question.id}
          type="radio"
          legend={legend}
          options={question.options}
          selected={selected}
          onChange={([optionId]) => onChange({ kind: 'single', optionId })}
          disabled={locked}
          marks={locked ? choiceMarks(selected, (id) => id === question.correct) : undefined}
        />
      );
    }
    case 'multiple': {
      const selected = draft?.kind === 'multiple' ? draft.optionIds : [];
      return (
        <ChoiceInput
          name={question.id}
          type="checkbox"
          legend={legend}
          options={question.options}
          selected={selected}
          onChange={(optionIds) => onChange({ kind: 'multiple', optionIds })}
          disabled={locked}
          marks={locked ? choiceMarks(selected, (id) => question.correct.includes(id)) : undefined}
        />
      );
    }
    case 'truefalse': {
      const selected = draft?.kind === 'truefalse' ? [draft.value ? 'true' : 'false'] : [];
      return (
        <>
          <p className="question__statement">{question.statement}</p>
          <ChoiceInput
            name={question.id}
            type="radio"
            legend="判断这句话"
            options={[
              { id: 'true', text: '正确' },
              { id: 'false', text: '错误' },
            ]}
            selected={selected}
            onChange={([id]) => onChange({ kind: 'truefalse', value: id === 'true' })}
            disabled={locked}
            marks={locked ? choiceMarks(selected, (id) => (id === 'true') === question.correct) : undefined}
          />
        </>
      );
    }
    case 'ordering':
      return (
        <OrderingInput
          items={question.items}
          order={draft?.kind === 'ordering' ? draft.itemIds : question.items.map((i) => i.id)}
          onChange={(itemIds) => onChange({ kind: 'ordering', itemIds })}
          disabled={locked}
          correctOrder={locked ? question.items.map((i) => i.id) : undefined}
        />
      );
    case 'matching':
      return (
        <MatchingInput
          question={question}
          rightOptions={rightOptions}
          matches={draft?.kind === 'matching' ? draft.matches : {}}
          onChange={(matches) => onChange({ kind: 'matching', matches })}
          disabled={locked}
          graded={locked}
          revealed={revealed}
        />
      );
    case 'rewrite': {
      const value = draft?.kind === 'rewrite' ? draft.answer : { mode: 'choice' as const, choiceId: '' };
      const selected = value.mode === 'choice' && value.choiceId ? [value.choiceId] : [];
      return (
        <RewriteInput
          question={question}
          value={value}
          onChange={(answer) => onChange({ kind: 'rewrite', answer })}
          disabled={locked}
          marks={
            locked ? choiceMarks(selected, (id) => question.choices.some((c) => c.id === id && c.correct)) : undefined
          }
        />
      );
    }
    case 'roleplay':
      return null;
  }
}
