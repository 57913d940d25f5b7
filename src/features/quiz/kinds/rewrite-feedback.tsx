import { checkRewrite } from '../../../lib/quiz/rewrite-rules';
import type { RewriteQuestion } from '../../../lib/quiz/types';

/** A written rewrite against the question's visible rules, beside the model answer. */
export function RewriteFeedback({ question, text }: { question: RewriteQuestion; text: string }) {
  const check = checkRewrite(question, text);
  return (
    <div className="feedback__compare">
      <div>
        <p className="feedback__label">您的说法</p>
        <p>{text}</p>
        <ul className="feedback__rules">
          {check.rules.map((rule) => (
            <li key={rule.label}>
              {rule.passed ? '✓' : '✗'} {rule.label}
            </li>
          ))}
          {check.banned.length > 0 ? <li>✗ 仍含有忌语用词：{check.banned.join('、')}</li> : null}
          {check.tooShort ? <li>✗ 说法太短，请说完整</li> : null}
        </ul>
      </div>
      <div>
        <p className="feedback__label">参考说法</p>
        <p>{question.modelAnswer}</p>
      </div>
    </div>
  );
}
