import { ChoiceInput } from '../inputs/choice-input';
import { choiceMarks } from './choice-marks';
import type { KindView } from './kind-view';

const options = [
  { id: 'true', text: '正确' },
  { id: 'false', text: '错误' },
];

export const trueFalseView: KindView<'truefalse'> = {
  Input: ({ question, draft, onChange, grade, revealed }) => {
    const selected = draft?.kind === 'truefalse' ? [draft.value ? 'true' : 'false'] : [];
    return (
      <>
        <p className="question__statement">{question.statement}</p>
        <ChoiceInput
          name={question.id}
          type="radio"
          legend="判断这句话"
          options={options}
          selected={selected}
          onChange={([id]) => onChange({ kind: 'truefalse', value: id === 'true' })}
          disabled={grade !== null}
          marks={grade ? choiceMarks(selected, [String(question.correct)], revealed) : undefined}
        />
      </>
    );
  },
  ClassView: ({ question }) => <p className="class-question__statement">判断：{question.statement}</p>,
};
