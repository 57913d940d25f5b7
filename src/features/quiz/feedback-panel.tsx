import { m } from 'motion/react';
import { forwardRef } from 'react';
import { Link } from 'react-router';
import { Analysis } from '../../components/analysis';
import { LegalBasis } from '../../components/legal-basis';
import { MotionProvider } from '../../components/motion-provider';
import type { Answer, Grade } from '../../lib/quiz/answers';
import type { LectureId, Question } from '../../lib/quiz/types';
import { answerLines } from '../../lib/quiz/question-kinds';
import { RewriteFeedback } from './kinds/rewrite-feedback';

interface Props {
  question: Question;
  lectureId: LectureId;
  grade: Grade;
  answer: Answer | null;
  revealed: boolean;
}

function verdict(grade: Grade): string {
  if (grade.correct) return '回答正确';
  if (grade.score > 0) return `部分正确（得分 ${Math.round(grade.score * 100)}%）`;
  return '回答错误';
}

/** For a partly right multiple choice: how many right options are missing and how many picks are wrong. */
function multipleCounts(question: Question, answer: Answer | null): string | null {
  if (question.kind !== 'multiple' || answer?.kind !== 'multiple') return null;
  const missed = question.correct.filter((id) => !answer.optionIds.includes(id)).length;
  const wrong = answer.optionIds.filter((id) => !question.correct.includes(id)).length;
  return `漏选 ${missed} 项，错选 ${wrong} 项。`;
}

/** Right/wrong, the reasoning, the legal basis and a link back to where the topic is taught. */
export const FeedbackPanel = forwardRef<HTMLHeadingElement, Props>(function FeedbackPanel(
  { question, lectureId, grade, answer, revealed },
  headingRef,
) {
  const tone = grade.correct ? 'right' : grade.score > 0 ? 'partial' : 'wrong';
  // The key and the reasoning come after a right answer or when asked for, never with a wrong one:
  // the learner can first try again.
  const explain = grade.correct || revealed || question.kind === 'roleplay';
  const counts = grade.correct ? null : multipleCounts(question, answer);
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
          {answer ? verdict(grade) : '已显示答案'}
        </h4>
        {counts ? <p>{counts}</p> : null}
        {question.kind === 'rewrite' && answer?.kind === 'rewrite' && answer.answer.mode === 'written' ? (
          <RewriteFeedback question={question} text={answer.answer.text} />
        ) : null}
        {revealed ? (
          <div className="feedback__answer">
            <p className="feedback__label">正确答案</p>
            <ul>
              {answerLines(question).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {explain ? <Explanation question={question} /> : <p>可以再答一次，或点“显示答案”查看正确答案和解析。</p>}
        <p>
          <Link to={`/lectures/${lectureId}/${question.section.slide}`}>
            回到讲义复习：第 {question.section.slide} 节“{question.section.heading}”
          </Link>
        </p>
      </m.div>
    </MotionProvider>
  );
});

/** Why the answer is right, and the legal basis where the sources give one. */
function Explanation({ question }: { question: Question }) {
  return (
    <>
      <p className="feedback__label">解析</p>
      <p>{question.explanation}</p>
      {question.analysis ? <Analysis>{question.analysis}</Analysis> : null}
      {question.legalBasis ? <LegalBasis citations={question.legalBasis} /> : null}
    </>
  );
}
