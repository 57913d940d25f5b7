import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { Analysis } from '../../components/analysis';
import { LegalBasis } from '../../components/legal-basis';
import { focusInPlace } from '../../lib/dom/own-window-scroll';
import { PASS_MARK } from '../../lib/quiz/pass-mark';
import { answerLines, responseText } from '../../lib/quiz/question-kinds';
import { formatDuration } from './exam-format';
import type { GradedQuestion } from './exam-model';

interface Props {
  graded: GradedQuestion[];
  durationMs: number;
  onRestart: () => void;
  onChooseAgain: () => void;
}

function verdict({ answer, grade }: GradedQuestion): string {
  if (!answer) return '未作答';
  if (grade.correct) return '✓ 正确';
  return grade.score > 0 ? `部分正确（${Math.round(grade.score * 100)}%）` : '✗ 错误';
}

/** The exam's score and time, and every question with the learner's answer, the right one, why, and where it is taught. */
export function ExamResult({ graded, durationMs, onRestart, onChooseAgain }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => focusInPlace(headingRef.current), []);
  const total = graded.reduce((sum, g) => sum + g.grade.score, 0);
  const score = Math.round((total / Math.max(1, graded.length)) * 100);
  const passed = score >= PASS_MARK * 100;
  const right = graded.filter((g) => g.grade.correct).length;

  return (
    <div className="exam-result">
      <h2 ref={headingRef} tabIndex={-1}>
        考试结果：{score} 分（{passed ? '通过' : '未通过'}）
      </h2>
      <ul className="exam-result__stats">
        <li>题数：{graded.length}</li>
        <li>全对：{right} 题</li>
        <li>用时：{formatDuration(durationMs)}</li>
        <li>及格线：{PASS_MARK * 100} 分</li>
      </ul>
      <h3>逐题解析</h3>
      <ol className="exam-result__list">
        {graded.map((g) => {
          const { question, caseData } = g.ref;
          return (
            <li key={question.id} className={`exam-result__item ${g.grade.correct ? 'is-right' : 'is-wrong'}`}>
              <p>
                <strong>{question.prompt}</strong>（案例：{caseData.title}） · <span>{verdict(g)}</span>
              </p>
              <p>您的答案：{g.answer ? responseText(question, g.answer) : '（未作答）'}</p>
              <p>正确答案：{answerLines(question).join('；')}</p>
              <p>解析：{question.explanation}</p>
              {question.analysis ? <Analysis>{question.analysis}</Analysis> : null}
              {question.legalBasis ? <LegalBasis citations={question.legalBasis} /> : null}
              <p>
                <Link to={`/lectures/${caseData.lectureId}/${question.section.slide}`}>
                  复习讲义第 {question.section.slide} 节“{question.section.heading}”
                </Link>
              </p>
            </li>
          );
        })}
      </ol>
      <p className="question__actions">
        <button type="button" className="button button--primary" onClick={onRestart}>
          再考一次
        </button>
        <button type="button" className="button" onClick={onChooseAgain}>
          重新选择案例
        </button>
        <Link className="button" to="/review">
          去错题本
        </Link>
      </p>
    </div>
  );
}
