import { ChoiceInput } from '../inputs/choice-input';
import { choiceMarks } from './choice-marks';
import type { KindView } from './kind-view';
import { LetteredOptions } from './option-list';

export const singleChoiceView: KindView<'single'> = {
  Input: ({ question, draft, onChange, grade, revealed }) => {
    const selected = draft?.kind === 'single' && draft.optionId ? [draft.optionId] : [];
    return (
      <ChoiceInput
        name={question.id}
        type="radio"
        legend="选项"
        options={question.options}
        selected={selected}
        onChange={([optionId]) => onChange({ kind: 'single', optionId })}
        disabled={grade !== null}
        marks={grade ? choiceMarks(selected, [question.correct], revealed) : undefined}
      />
    );
  },
  ClassView: ({ question }) => <LetteredOptions options={question.options} />,
};
