import { ChoiceInput } from '../inputs/choice-input';
import { choiceMarks } from './choice-marks';
import type { KindView } from './kind-view';
import { LetteredOptions } from './option-list';

export const multipleChoiceView: KindView<'multiple'> = {
  Input: ({ question, draft, onChange, grade, revealed }) => {
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
        // Wrong picks are marked at once (with a count of missed and wrong ones in the feedback); the
        // missed right options only with 显示答案, so a retry is not spoiled.
        marks={grade ? choiceMarks(selected, question.correct, revealed) : undefined}
      />
    );
  },
  ClassView: ({ question }) => <LetteredOptions options={question.options} />,
};
