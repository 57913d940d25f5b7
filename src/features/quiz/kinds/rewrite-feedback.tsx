import { checkRewrite } from '../../../lib/quiz/rewrite-rules';
import type { RewriteQuestion } from '../../../lib/quiz/types';

/**
 * A written rewrite against the question's visible rules, beside the model answer. When the rules
 * cannot decide (no forbidden pattern, but a required move not found), a short self-check asks the
 * learner to compare their wording with the model answer on exactly those moves.
 */
export function RewriteFeedback({ question, text }: { question: RewriteQuestion; text: string }) {
  const check = checkRewrite(question, text);
  const missing = check.rules.filter((r) => !r.passed);
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
          {check.broken.map((rule) => (
            <li key={rule.label}>
              ✗ {rule.label}：您的说法里有“{rule.found}”
            </li>
          ))}
          {check.tooShort ? <li>✗ 说法太短，请说完整</li> : null}
        </ul>
      </div>
      <div>
        <p className="feedback__label">参考说法</p>
        <p>{question.modelAnswer}</p>
      </div>
      {check.verdict === 'undecided' ? (
        <div className="feedback__self-check">
          <p className="feedback__label">自查：规则没有在您的说法里找到下面几点，请对照参考说法自己判断</p>
          <ul>
            {missing.map((rule) => (
              <li key={rule.label}>我的说法做到了“{rule.label}”吗？</li>
            ))}
          </ul>
          <p>如果做到了，只是用词不同，可以放心；如果没有，再答一次试试。本题按部分正确计分。</p>
        </div>
      ) : null}
    </div>
  );
}
