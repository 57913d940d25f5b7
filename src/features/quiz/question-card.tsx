import { useEffect, useMemo, useRef, useState } from 'react';
import type { Answer, Grade, RolePlayAnswer } from '../../lib/quiz/answers';
import type { Attempt, AttemptMode } from '../../lib/quiz/attempt';
import {
  arrangeQuestion,
  draftProblem,
  grade as gradeAnswer,
  initialDraft,
  kindLabel,
} from '../../lib/quiz/question-kinds';
import { newSeed } from '../../lib/quiz/shuffle';
import type { CaseStudyData, Question } from '../../lib/quiz/types';
import { useAppStore } from '../../store/app-store';
import { FeedbackPanel } from './feedback-panel';
import { viewOf } from './question-kind-views';
import { RolePlayPlayer } from './roleplay/roleplay-player';
import { focusInPlace } from '../../lib/dom/own-window-scroll';
import { useQuizSession } from './session/quiz-session-store';

interface Props {
  question: Question;
  caseData: CaseStudyData;
  number: number;
  mode: AttemptMode;
  /** Offered after answering, e.g. "下一题". */
  next?: { label: string; onClick: () => void };
}

interface Result {
  grade: Grade;
  answer: Answer | null;
  revealed: boolean;
  /** Restored from an earlier visit, with its time. */
  earlierAt?: number;
}

interface Start {
  seed: number;
  draft: Answer | null;
  result: Result | null;
}

/** The latest practice attempt at this question, shown again when the learner comes back. */
function latestAttempt(questionId: string): Attempt | undefined {
  return useAppStore
    .getState()
    .attempts.filter((a) => a.questionId === questionId && (a.mode === 'lecture' || a.mode === 'bank'))
    .at(-1);
}

/** Where an attempt starts: an unsubmitted draft, else (in practice) the last answer given, else afresh. */
function startOf(question: Question, mode: AttemptMode): Start {
  const saved = useQuizSession.getState().drafts[question.id];
  if (saved) return { seed: saved.seed, draft: saved.draft, result: null };
  const earlier = mode === 'lecture' || mode === 'bank' ? latestAttempt(question.id) : undefined;
  if (earlier) {
    return {
      seed: earlier.seed ?? 0,
      draft: earlier.answer,
      result: {
        grade: { correct: earlier.correct, score: earlier.score },
        answer: earlier.answer,
        revealed: earlier.revealed ?? false,
        earlierAt: earlier.at,
      },
    };
  }
  const seed = newSeed();
  return { seed, draft: initialDraft(question, seed), result: null };
}

const timeFormat = new Intl.DateTimeFormat('zh-CN', {
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** One question: answer it, get feedback, retry or see the answer. Every attempt is saved with its seed. */
export function QuestionCard({ question, caseData, number, mode, next }: Props) {
  const recordAttempt = useAppStore((s) => s.recordAttempt);
  const saveDraft = useQuizSession((s) => s.saveDraft);
  const clearDraft = useQuizSession((s) => s.clearDraft);
  const [start] = useState(() => startOf(question, mode));
  // Seed 0 marks an attempt saved before seeds existed: it showed the written order.
  const [seed, setSeed] = useState(start.seed);
  const [draft, setDraft] = useState<Answer | null>(start.draft);
  const [result, setResult] = useState<Result | null>(start.result);
  const [problem, setProblem] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const startedAt = useRef(0);
  const feedbackRef = useRef<HTMLHeadingElement>(null);
  const answered = useRef(false);
  const headingId = `q-${question.id}`;
  const shown = useMemo(() => arrangeQuestion(question, seed || undefined), [question, seed]);
  const { Input } = viewOf(question);

  useEffect(() => {
    startedAt.current = Date.now();
  }, []);

  useEffect(() => {
    if (result && answered.current) focusInPlace(feedbackRef.current);
  }, [result]);

  const finish = (answer: Answer | null, grade: Grade) => {
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
      seed,
    });
    clearDraft(question.id);
    answered.current = true;
    setResult({ grade, answer, revealed: false });
  };

  const submit = () => {
    const why = draftProblem(question, draft);
    setProblem(why);
    if (why || !draft) return;
    finish(draft, gradeAnswer(question, draft));
  };

  const change = (next: Answer) => {
    setDraft(next);
    setProblem(null);
    saveDraft(question.id, { draft: next, seed });
  };

  const retry = () => {
    const fresh = newSeed();
    setSeed(fresh);
    setDraft(initialDraft(question, fresh));
    setResult(null);
    setProblem(null);
    setRound((r) => r + 1);
    startedAt.current = Date.now();
  };

  const onRolePlayEnded = (answer: RolePlayAnswer) => {
    const full: Answer = { kind: 'roleplay', answer };
    finish(full, gradeAnswer(question, full));
  };

  const rolePlayPath =
    start.result?.answer?.kind === 'roleplay' && round === 0 ? start.result.answer.answer.path : undefined;

  return (
    <section className="question" aria-labelledby={headingId}>
      <h3 id={headingId} className="question__title" tabIndex={-1}>
        <span className="question__kind">
          第 {number} 题 · {kindLabel(question.kind)}
        </span>
        <span className="question__prompt">{question.prompt}</span>
      </h3>
      {result?.earlierAt ? (
        <p className="question__earlier">您上次的作答（{timeFormat.format(result.earlierAt)}），可以再答一次。</p>
      ) : null}
      {shown.kind === 'roleplay' ? (
        <RolePlayPlayer
          key={round}
          question={shown}
          initialPath={rolePlayPath}
          onEnded={onRolePlayEnded}
          onRestart={() => setResult(null)}
        />
      ) : Input ? (
        <form
          className="question__form"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
          noValidate
        >
          <Input
            key={round}
            question={shown}
            seed={seed || undefined}
            draft={draft}
            onChange={change}
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
            </div>
          ) : null}
        </form>
      ) : null}
      <div role="status" className="question__status">
        {result ? (
          <FeedbackPanel
            ref={feedbackRef}
            question={shown}
            lectureId={caseData.lectureId}
            grade={result.grade}
            answer={result.answer}
            revealed={result.revealed}
          />
        ) : null}
      </div>
      {result ? (
        <div className="question__actions">
          {question.kind !== 'roleplay' ? (
            <button type="button" className="button" onClick={retry}>
              再答一次
            </button>
          ) : null}
          {!result.grade.correct && !result.revealed && question.kind !== 'roleplay' ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                answered.current = true;
                setResult({ ...result, revealed: true });
              }}
            >
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
