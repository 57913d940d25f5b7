import { useEffect, useRef, useState } from 'react';
import type { RolePlayAnswer } from '../../../lib/quiz/answers';
import { choose, customerLine, findStep, type RolePlayRun, startRolePlay } from '../../../lib/quiz/roleplay';
import type { RolePlayQuestion } from '../../../lib/quiz/types';
import { CustomerMeter } from './customer-meter';
import { RolePlayReplayView } from './roleplay-replay';
import { focusInPlace } from '../../../lib/dom/own-window-scroll';

interface Props {
  question: RolePlayQuestion;
  onEnded: (answer: RolePlayAnswer) => void;
  /** Called when the trainee starts again after an ending. */
  onRestart?: () => void;
}

const endingLabels = { resolved: '圆满解决', escalated: '升级投诉', lost: '客户流失' } as const;

/** Plays a role-play: the customer speaks, the trainee picks a reply, the state changes. */
export function RolePlayPlayer({ question, onEnded, onRestart }: Props) {
  const [run, setRun] = useState<RolePlayRun>(() => startRolePlay(question));
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
      <RolePlayReplayView question={question} run={run} />
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
      {run.ending ? (
        <div className={`roleplay__ending roleplay__ending--${run.ending.ending}`}>
          <h4 ref={endingRef} tabIndex={-1}>
            结局：{endingLabels[run.ending.ending]} · {run.ending.title}
          </h4>
          <p>{run.ending.text}</p>
          <p>
            本次得分：<strong>{run.ending.score}</strong> / 100
          </p>
          <button type="button" className="button" onClick={restart}>
            重新演练
          </button>
        </div>
      ) : null}
    </div>
  );
}
