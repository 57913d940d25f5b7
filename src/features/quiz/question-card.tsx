import { useEffect, useRef, useState } from 'react';
import type { Answer, Grade, RolePlayAnswer } from '../../lib/quiz/answers';
import type { AttemptMode } from '../../lib/quiz/attempt';
import { grade as gradeAnswer } from '../../lib/quiz/grading';
import type { CaseStudyData, Question } from '../../lib/quiz/types';
import { useAppStore } from '../../store/app-store';
import { draftProblem, initialDraft } from './draft';
import { FeedbackPanel } from './feedback-panel';
import { QuestionInput } from './question-input';
import { RolePlayPlayer } from './roleplay/roleplay-player';
import { focusInPlace } from '../../lib/dom/own-window-scroll';

const kindLabels: Record<Question['kind'], string> = {
  single: '单选题',
  multiple: '多选题',
  truefalse: '判断题',
  ordering: '排序题',
  matching: '配对题',
  rewrite: '改写题',
  roleplay: '情景演练',
};

interface Props {
  question: Question;
  caseData: CaseStudyData;
  number: number;
  mode: AttemptMode;
  /** Exam mode: no feedback here, the result screen shows it. */
  showFeedback?: boolean;
  onGraded?: (grade: Grade) => void;
  /** Offered after answering, e.g. "下一题". */
  next?: { label: string; onClick: () => void };
}

interface Result {
  grade: Grade;
  answer: Answer | null;
  revealed: boolean;
}

/** One question: answer it, get immediate feedback, retry or see the answer. Every attempt is saved. */
export function QuestionCard({ question, caseData, number, mode, showFeedback = true, onGraded, next }: Props) {
  const recordAttempt = useAppStore((s) => s.recordAttempt);
  const [draft, setDraft] = useState<Answer | null>(() => initialDraft(question));
  const [result, setResult] = useState<Result | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const startedAt = useRef(0);
  const feedbackRef = useRef<HTMLHeadingElement>(null);
  const headingId = `q-${question.id}`;

  useEffect(() => {
    startedAt.current = Date.now();
  }, []);

  useEffect(() => {
    if (result && showFeedback) focusInPlace(feedbackRef.current);
  }, [result, showFeedback]);

  const finish = (answer: Answer | null, grade: Grade, revealed: boolean) => {
    const now = Date.now();
    recordAttempt({
      questionId: question.id,
      caseId: caseData.id,
      answer,
      correct: grade.correct,
      score: grade.score,
      at: now,
      durationMs: now - startedAt.current,
      mode,
      ...(revealed ? { revealed: true } : {}),
    });
    setResult({ grade, answer, revealed });
    onGraded?.(grade);
  };

  const submit = () => {
    const why = draftProblem(question, draft);
    setProblem(why);
    if (why || !draft) return;
    finish(draft, gradeAnswer(question, draft), false);
  };

  const reveal = () => {
    if (result) setResult({ ...result, revealed: true });
    else finish(null, { correct: false, score: 0 }, true);
  };

  const retry = () => {
    setDraft(initialDraft(question));
    setResult(null);
    setProblem(null);
    setRound((r) => r + 1);
    startedAt.current = Date.now();
  };

  const onRolePlayEnded = (answer: RolePlayAnswer) => {
    const full: Answer = { kind: 'roleplay', answer };
    finish(full, gradeAnswer(question, full), false);
  };

  return (
    <section className="question" aria-labelledby={headingId}>
      <h3 id={headingId} className="question__title" tabIndex={-1}>
        <span className="question__kind">
          第 {number} 题 · {kindLabels[question.kind]}
        </span>
        <span className="question__prompt">{question.prompt}</span>
      </h3>
      {question.kind === 'roleplay' ? (
        <RolePlayPlayer key={round} question={question} onEnded={onRolePlayEnded} onRestart={() => setResult(null)} />
      ) : (
        <form
          className="question__form"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
          noValidate
        >
          <QuestionInput
            key={round}
            question={question}
            draft={draft}
            onChange={(d) => {
              setDraft(d);
              setProblem(null);
            }}
            grade={result?.grade ?? null}
            revealed={result?.revealed ?? false}
          />
          {problem ? (
            <p className="question__problem" role="alert">
              {problem}
            </p>
          ) : null}
          {!result ? (
            <div className="question__actions">
              <button type="submit" className="button button--primary">
                提交答案
              </button>
              {showFeedback ? (
                <button type="button" className="button" onClick={reveal}>
                  显示答案
                </button>
              ) : null}
            </div>
          ) : null}
        </form>
      )}
      <div role="status" className="question__status">
        {result && showFeedback ? (
          <FeedbackPanel
            ref={feedbackRef}
            question={question}
            lectureId={caseData.lectureId}
            grade={result.grade}
            answer={result.answer}
            revealed={result.revealed}
          />
        ) : null}
        {result && !showFeedback ? <p>已作答。</p> : null}
      </div>
      {result ? (
        <div className="question__actions">
          {showFeedback && question.kind !== 'roleplay' ? (
            <button type="button" className="button" onClick={retry}>
              再答一次
            </button>
          ) : null}
          {showFeedback && !result.grade.correct && !result.revealed && question.kind !== 'roleplay' ? (
            <button type="button" className="button" onClick={reveal}>
              显示答案
            </button>
          ) : null}
          {next ? (
            <button type="button" className="button button--primary" onClick={next.onClick}>
              {next.label}
            </button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
