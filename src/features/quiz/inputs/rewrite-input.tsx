import type { RewriteAnswer } from '../../../lib/quiz/answers';
import type { RewriteQuestion } from '../../../lib/quiz/types';
import { ChoiceInput, type ChoiceMark } from './choice-input';

interface Props {
  question: RewriteQuestion;
  value: RewriteAnswer;
  onChange: (value: RewriteAnswer) => void;
  disabled: boolean;
  marks?: Record<string, ChoiceMark>;
}

/** Pick the better phrasing, or write one's own (checked against the question's rules). */
export function RewriteInput({ question, value, onChange, disabled, marks }: Props) {
  const modeName = `${question.id}-mode`;
  const textId = `${question.id}-text`;
  return (
    <div className="rewrite">
      <p className="rewrite__forbidden">
        <span className="rewrite__label">服务忌语：</span>“{question.forbidden}”
      </p>
      <fieldset className="segmented">
        <legend>作答方式</legend>
        {(
          [
            ['choice', '从选项中选'],
            ['written', '自己改写'],
          ] as const
        ).map(([mode, label]) => (
          <span key={mode} className="segmented__item">
            <input
              type="radio"
              id={`${modeName}-${mode}`}
              name={modeName}
              checked={value.mode === mode}
              disabled={disabled}
              onChange={() => onChange(mode === 'choice' ? { mode, choiceId: '' } : { mode, text: '' })}
            />
            <label htmlFor={`${modeName}-${mode}`}>{label}</label>
          </span>
        ))}
      </fieldset>
      {value.mode === 'choice' ? (
        <ChoiceInput
          name={`${question.id}-choice`}
          type="radio"
          legend="选择更好的说法"
          options={question.choices}
          selected={value.choiceId ? [value.choiceId] : []}
          onChange={([choiceId]) => onChange({ mode: 'choice', choiceId })}
          disabled={disabled}
          marks={marks}
        />
      ) : (
        <div className="rewrite__written">
          <label htmlFor={textId}>您的说法</label>
          <textarea
            id={textId}
            rows={3}
            value={value.text}
            disabled={disabled}
            onChange={(e) => onChange({ mode: 'written', text: e.target.value })}
            aria-describedby={`${textId}-rules`}
          />
          <p id={`${textId}-rules`} className="hint">
            要求：{question.mustInclude.map((r) => r.label).join('；')}
            {question.mustNotInclude.length > 0 ? `；不要出现：${question.mustNotInclude.join('、')}` : ''}
          </p>
        </div>
      )}
    </div>
  );
}
