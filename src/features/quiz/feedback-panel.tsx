import { m } from 'motion/react';
import { forwardRef } from 'react';
import { Link } from 'react-router';
import { Analysis } from '../../components/analysis';
import { LegalBasis } from '../../components/legal-basis';
import { MotionProvider } from '../../components/motion-provider';
import type { Answer, Grade } from '../../lib/quiz/answers';
import { checkRewrite } from '../../lib/quiz/rewrite-rules';
import type { LectureId, Question } from '../../lib/quiz/types';
import { answerLines } from './answer-text';

interface Props {
  question: Question;
  lectureId: LectureId;
  grade: Grade;
  answer: Answer | null;
  revealed: boolean;
}

function verdict(grade: Grade, revealed: boolean, answer: Answer | null): string {
  if (revealed && !answer) return '已显示答案';
  if (grade.correct) return '回答正确';
  if (grade.score > 0) return `部分正确（得分 ${Math.round(grade.score * 100)}%）`;
  return '回答错误';
}

/** Right/wrong, the reasoning, the legal basis and a link back to where the topic is taught. */
export const FeedbackPanel = forwardRef<HTMLHeadingElement, Props>(function FeedbackPanel(
  { question, lectureId, grade, answer, revealed },
  headingRef,
) {
  const written = answer?.kind === 'rewrite' && answer.answer.mode === 'written' && question.kind === 'rewrite';
  const check =
    written && question.kind === 'rewrite' && answer.answer.mode === 'written'
      ? checkRewrite(question, answer.answer.text)
      : null;
  const tone = grade.correct ? 'right' : grade.score > 0 ? 'partial' : 'wrong';
  return (
    // A short fade-in draws the eye to the verdict; MotionConfig turns it off for reduced motion.
    <MotionProvider>
      <m.div
        className={`feedback feedback--${tone}`}
        initial={{ opacity: 0, y: 6 }}
        animate={{ opacity: 1, y: 0 }}
        transition={{ duration: 0.2 }}
      >
        <h4 className="feedback__verdict" ref={headingRef} tabIndex={-1}>
          <span aria-hidden="true">{grade.correct ? '✓ ' : '✗ '}</span>
          {verdict(grade, revealed, answer)}
        </h4>
        {check && answer?.kind === 'rewrite' && answer.answer.mode === 'written' && question.kind === 'rewrite' ? (
          <div className="feedback__compare">
            <div>
              <p className="feedback__label">您的说法</p>
              <p>{answer.answer.text}</p>
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
        ) : null}
        {revealed || grade.correct ? (
          <div className="feedback__answer">
            <p className="feedback__label">正确答案</p>
            <ul>
              {answerLines(question).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <p className="feedback__label">解析</p>
        <p>{question.explanation}</p>
        {question.analysis ? <Analysis>{question.analysis}</Analysis> : null}
        {question.legalBasis ? <LegalBasis citations={question.legalBasis} /> : null}
        <p>
          <Link to={`/lectures/${lectureId}/${question.section.slide}`}>
            回到讲义复习：第 {question.section.slide} 节“{question.section.heading}”
          </Link>
        </p>
      </m.div>
    </MotionProvider>
  );
});
