import { ChoiceInput } from '../inputs/choice-input';
import { choiceMarks } from './choice-marks';
import type { KindView } from './kind-view';
import { LetteredOptions } from './option-list';

export const multipleChoiceView: KindView<'multiple'> = {
  Input: ({ question, draft, onChange, grade }) => {
    const selected = draft?.kind === 'multiple' ? draft.optionIds : [];
    return (
      <ChoiceInput
        name={question.id}
        type="checkbox"
        legend="选项（可多选）"
        options={question.options}
        selected={selected}
        onChange={(optionIds) => onChange({ kind: 'multiple', optionIds })}
        disabled={grade !== null}
        // Missed options are marked as soon as the answer is graded: a partial score must say what is missing.
        marks={grade ? choiceMarks(selected, question.correct, true) : undefined}
      />
    );
  },
  ClassView: ({ question }) => <LetteredOptions options={question.options} />,
};
