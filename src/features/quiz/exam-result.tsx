import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { Analysis } from '../../components/analysis';
import { LegalBasis } from '../../components/legal-basis';
import type { Grade } from '../../lib/quiz/answers';
import type { QuestionRef } from '../../lib/quiz/case-registry';
import { PASS_MARK } from '../../lib/quiz/grading';
import { answerLines } from './answer-text';

interface Props {
  queue: QuestionRef[];
  grades: Record<string, Grade>;
  durationMs: number;
  onRestart: () => void;
  onChooseAgain: () => void;
}

export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m > 0 ? `${m} 分 ${s} 秒` : `${s} 秒`;
}

/** The exam's score, time, and every question not fully right with its explanation and section. */
export function ExamResult({ queue, grades, durationMs, onRestart, onChooseAgain }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const total = queue.reduce((sum, q) => sum + (grades[q.question.id]?.score ?? 0), 0);
  const score = Math.round((total / Math.max(1, queue.length)) * 100);
  const passed = score >= PASS_MARK * 100;
  const missed = queue.filter((q) => !grades[q.question.id]?.correct);

  return (
    <div className="exam-result">
      <h2 ref={headingRef} tabIndex={-1}>
        考试结果：{score} 分（{passed ? '通过' : '未通过'}）
      </h2>
      <ul className="exam-result__stats">
        <li>题数：{queue.length}</li>
        <li>全对：{queue.length - missed.length} 题</li>
        <li>用时：{formatDuration(durationMs)}</li>
        <li>及格线：{PASS_MARK * 100} 分</li>
      </ul>
      {missed.length > 0 ? (
        <>
          <h3>需要加强的题目</h3>
          <ol className="exam-result__missed">
            {missed.map(({ question, caseData }) => (
              <li key={question.id}>
                <p>
                  <strong>{question.prompt}</strong>（案例：{caseData.title}；得分{' '}
                  {Math.round((grades[question.id]?.score ?? 0) * 100)}%）
                </p>
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
            ))}
          </ol>
        </>
      ) : (
        <p>全部答对，很好！</p>
      )}
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
