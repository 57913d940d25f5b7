import { useEffect, useRef, useState } from 'react';
import { focusInPlace } from '../../lib/dom/own-window-scroll';
import type { CaseRegistry } from '../../lib/quiz/case-registry';
import { formatDuration } from './exam-format';
import { examQuestions, isAnswered, timeLeft } from './exam-model';
import { ExamQuestion } from './exam-question';
import { useQuizSession } from './session/quiz-session-store';
import type { ExamSession } from './session/session-schema';

interface Props {
  exam: ExamSession;
  registry: CaseRegistry;
  onHandIn: () => void;
}

/** The time left, ticking each second; hands the exam in when it runs out. */
function ExamTimer({ exam, onTimeUp }: { exam: ExamSession; onTimeUp: () => void }) {
  const [now, setNow] = useState(() => Date.now());
  const left = timeLeft(exam, now);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  useEffect(() => {
    if (left !== null && left <= 0) onTimeUp();
  }, [left, onTimeUp]);
  if (left === null) return null;
  return (
    <p className={`exam__timer ${left < 60_000 ? 'exam__timer--low' : ''}`}>
      剩余时间：<strong>{formatDuration(Math.max(0, left))}</strong>
    </p>
  );
}

/** An exam in progress: any question in any order, flags, the unanswered count, and a confirmed hand-in. */
export function ExamRun({ exam, registry, onHandIn }: Props) {
  const updateExam = useQuizSession((s) => s.updateExam);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingFocus = useRef(false);
  const questions = examQuestions(exam, registry);
  const index = Math.min(exam.current, questions.length - 1);
  const current = questions[index];
  const unanswered = questions
    .map((ref, i) => ({ ref, number: i + 1 }))
    .filter(({ ref }) => !isAnswered(ref, exam.answers[ref.question.id]));
  const flagged = exam.flagged.includes(current.question.id);

  useEffect(() => {
    // Move focus to the new question after navigating (not on the first render).
    if (headingFocus.current) focusInPlace(document.getElementById(`exam-q-${current.question.id}`));
  }, [current.question.id]);

  const go = (to: number) => {
    headingFocus.current = true;
    updateExam(() => ({ current: to }));
  };
  const toggleFlag = () =>
    updateExam((e) => ({
      flagged: flagged ? e.flagged.filter((id) => id !== current.question.id) : [...e.flagged, current.question.id],
    }));

  return (
    <div className="exam">
      <div className="exam__bar">
        <p className="exam__progress">
          第 {index + 1} / {questions.length} 题 · 来自“{current.caseData.title}” · 未答 {unanswered.length} 题
        </p>
        <ExamTimer exam={exam} onTimeUp={onHandIn} />
      </div>
      <nav className="exam__nav" aria-label="题目导航">
        <ol>
          {questions.map((ref, i) => {
            const answered = isAnswered(ref, exam.answers[ref.question.id]);
            const isFlagged = exam.flagged.includes(ref.question.id);
            const state = [answered ? '已答' : '未答', isFlagged ? '已标记' : ''].filter(Boolean).join('，');
            return (
              <li key={ref.question.id}>
                <button
                  type="button"
                  className={`exam__nav-item ${answered ? 'is-answered' : ''} ${isFlagged ? 'is-flagged' : ''}`}
                  aria-current={i === index ? 'step' : undefined}
                  aria-label={`第 ${i + 1} 题（${state}）`}
                  onClick={() => go(i)}
                >
                  {i + 1}
                  {isFlagged ? <span aria-hidden="true">⚑</span> : null}
                </button>
              </li>
            );
          })}
        </ol>
      </nav>
      <ExamQuestion
        key={current.question.id}
        question={current.question}
        seed={current.seed}
        number={index + 1}
        answer={exam.answers[current.question.id]}
        onChange={(answer) => updateExam((e) => ({ answers: { ...e.answers, [current.question.id]: answer } }))}
      />
      <div className="question__actions">
        <button type="button" className="button" disabled={index === 0} onClick={() => go(index - 1)}>
          上一题
        </button>
        <button type="button" className="button" aria-pressed={flagged} onClick={toggleFlag}>
          {flagged ? '取消标记' : '标记此题'}
        </button>
        {index < questions.length - 1 ? (
          <button type="button" className="button button--primary" onClick={() => go(index + 1)}>
            下一题
          </button>
        ) : null}
        <button type="button" className="button" onClick={() => dialogRef.current?.showModal()}>
          交卷
        </button>
      </div>
      <dialog ref={dialogRef} className="exam__confirm" aria-labelledby="exam-confirm-title">
        <h2 id="exam-confirm-title">确认交卷？</h2>
        {unanswered.length > 0 ? (
          <>
            <p>还有 {unanswered.length} 题没有作答，交卷后按 0 分计：</p>
            <ul>
              {unanswered.map(({ ref, number }) => (
                <li key={ref.question.id}>
                  第 {number} 题：{ref.question.prompt}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>全部 {questions.length} 题都已作答。交卷后不能再修改。</p>
        )}
        {exam.flagged.length > 0 ? <p>您标记了 {exam.flagged.length} 题待检查。</p> : null}
        <form method="dialog" className="question__actions">
          <button type="submit" className="button">
            继续答题
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              dialogRef.current?.close();
              onHandIn();
            }}
          >
            确认交卷
          </button>
        </form>
      </dialog>
    </div>
  );
}
