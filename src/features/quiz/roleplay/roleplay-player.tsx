import { useEffect, useRef, useState } from 'react';
import type { RolePlayAnswer } from '../../../lib/quiz/answers';
import {
  choose,
  customerLine,
  endingVerdict,
  findStep,
  replay,
  type RolePlayRun,
  startRolePlay,
} from '../../../lib/quiz/roleplay';
import type { RolePlayQuestion } from '../../../lib/quiz/types';
import { CustomerMeter } from './customer-meter';
import { RolePlayReplayView } from './roleplay-replay';
import { focusInPlace } from '../../../lib/dom/own-window-scroll';

interface Props {
  question: RolePlayQuestion;
  onEnded: (answer: RolePlayAnswer) => void;
  /** Called when the trainee starts again after an ending. */
  onRestart?: () => void;
  /** A saved path to show again (a returning learner sees their last run). */
  initialPath?: string[];
  /** Exam mode: no coaching, no ending verdict or score until the exam is handed in. */
  coaching?: boolean;
}

function startFrom(question: RolePlayQuestion, path: string[] | undefined): RolePlayRun {
  if (!path) return startRolePlay(question);
  try {
    return replay(question, path);
  } catch {
    // The script changed since: start afresh rather than show a run that no longer exists.
    return startRolePlay(question);
  }
}

/** Plays a role-play: the customer speaks, the trainee picks a reply, the state changes. */
export function RolePlayPlayer({ question, onEnded, onRestart, initialPath, coaching = true }: Props) {
  const [run, setRun] = useState<RolePlayRun>(() => startFrom(question, initialPath));
  const promptRef = useRef<HTMLParagraphElement>(null);
  const endingRef = useRef<HTMLHeadingElement>(null);
  const started = useRef(false);

  useEffect(() => {
    // Move focus to the customer's new line (or the ending) after each reply, not on first render.
    if (!started.current) return;
    focusInPlace(run.ending ? endingRef.current : promptRef.current);
  }, [run]);

  const step = run.ending ? undefined : findStep(question, run.at);
  const pick = (replyId: string) => {
    started.current = true;
    const next = choose(question, run, replyId);
    setRun(next);
    if (next.ending) onEnded({ path: next.path.map((p) => p.replyId), endingId: next.ending.id });
  };
  const restart = () => {
    started.current = true;
    setRun(startRolePlay(question));
    onRestart?.();
  };

  return (
    <div className="roleplay">
      <CustomerMeter state={run.state} name={question.customerName} />
      <RolePlayReplayView question={question} run={run} coaching={coaching} />
      {step ? (
        <div className="roleplay__turn">
          <p className="roleplay__customer" ref={promptRef} tabIndex={-1}>
            <span className="roleplay__speaker">{question.customerName}:</span>
            {customerLine(step, run.state).text}
          </p>
          <fieldset className="roleplay__replies">
            <legend>您怎么回应？</legend>
            {step.replies.map((reply) => (
              <button key={reply.id} type="button" className="button roleplay__reply" onClick={() => pick(reply.id)}>
                {reply.text}
              </button>
            ))}
          </fieldset>
        </div>
      ) : null}
      {run.ending && !coaching ? (
        <div className="roleplay__ending">
          <h4 ref={endingRef} tabIndex={-1}>
            演练已结束
          </h4>
          <p>结局和得分在交卷后显示。</p>
          <button type="button" className="button" onClick={restart}>
            重新演练
          </button>
        </div>
      ) : null}
      {run.ending && coaching ? <Ending run={run} endingRef={endingRef} onRestart={restart} /> : null}
    </div>
  );
}

function Ending({
  run,
  endingRef,
  onRestart,
}: {
  run: RolePlayRun;
  endingRef: React.RefObject<HTMLHeadingElement | null>;
  onRestart: () => void;
}) {
  const ending = run.ending!;
  const verdict = endingVerdict(ending, run.state);
  return (
    <div className={`roleplay__ending roleplay__ending--${verdict.tone}`}>
      <h4 ref={endingRef} tabIndex={-1}>
        结局：{verdict.label} · {ending.title}
      </h4>
      <p>{ending.text}</p>
      <p>
        本次得分：<strong>{ending.score}</strong> / 100（情绪 {run.state.anger} · 信任 {run.state.trust}）
      </p>
      <button type="button" className="button" onClick={onRestart}>
        重新演练
      </button>
    </div>
  );
}
