import type { Option } from '../../../lib/quiz/types';

export type ChoiceMark = 'right' | 'wrong' | 'missed';

// Marks are words and symbols, not colour alone: a wrong pick and a missed right option differ in both.
const markText: Record<ChoiceMark, string> = {
  right: '✓ 选对了',
  wrong: '✗ 选错了：这个选项不对',
  missed: '○ 正确答案：您没有选它',
};

interface Props {
  name: string;
  type: 'radio' | 'checkbox';
  options: Option[];
  selected: string[];
  onChange: (selected: string[]) => void;
  disabled: boolean;
  /** After grading: a mark per option id (only the options to mark). */
  marks?: Record<string, ChoiceMark>;
  legend: string;
}

/** Real radio or checkbox inputs with labels, in a fieldset. */
export function ChoiceInput({ name, type, options, selected, onChange, disabled, marks, legend }: Props) {
  const toggle = (id: string, checked: boolean) => {
    if (type === 'radio') onChange([id]);
    else onChange(checked ? [...selected, id] : selected.filter((s) => s !== id));
  };
  return (
    <fieldset className="choices">
      <legend className="visually-hidden">{legend}</legend>
      {options.map((option) => {
        const inputId = `${name}-${option.id}`;
        const mark = marks?.[option.id];
        return (
          <div key={option.id} className={`choice ${mark ? `choice--${mark}` : ''}`}>
            <input
              id={inputId}
              type={type}
              name={name}
              value={option.id}
              checked={selected.includes(option.id)}
              disabled={disabled}
              onChange={(e) => toggle(option.id, e.target.checked)}
            />
            <label htmlFor={inputId}>
              {option.text}
              {mark ? <span className="choice__mark">（{markText[mark]}）</span> : null}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
