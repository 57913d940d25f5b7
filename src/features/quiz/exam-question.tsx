import { useMemo } from 'react';
import type { Answer } from '../../lib/quiz/answers';
import { arrangeQuestion, kindLabel } from '../../lib/quiz/question-kinds';
import type { Question } from '../../lib/quiz/types';
import { viewOf } from './question-kind-views';
import { RolePlayPlayer } from './roleplay/roleplay-player';

interface Props {
  question: Question;
  seed: number;
  number: number;
  answer: Answer | undefined;
  onChange: (answer: Answer) => void;
}

/** One exam question: the answer is kept as it changes, and nothing says right or wrong before hand-in. */
export function ExamQuestion({ question, seed, number, answer, onChange }: Props) {
  const shown = useMemo(() => arrangeQuestion(question, seed), [question, seed]);
  const { Input } = viewOf(question);
  const headingId = `exam-q-${question.id}`;
  return (
    <section className="question" aria-labelledby={headingId}>
      <h2 id={headingId} className="question__title" tabIndex={-1}>
        <span className="question__kind">
          第 {number} 题 · {kindLabel(question.kind)}
        </span>
        <span className="question__prompt">{question.prompt}</span>
      </h2>
      {shown.kind === 'roleplay' ? (
        <RolePlayPlayer
          question={shown}
          coaching={false}
          initialPath={answer?.kind === 'roleplay' ? answer.answer.path : undefined}
          onEnded={(played) => onChange({ kind: 'roleplay', answer: played })}
        />
      ) : Input ? (
        <Input question={shown} seed={seed} draft={answer ?? null} onChange={onChange} grade={null} revealed={false} />
      ) : null}
    </section>
  );
}
