import type { RolePlayRun } from '../../../lib/quiz/roleplay';
import { customerLine, findStep, startRolePlay } from '../../../lib/quiz/roleplay';
import type { RolePlayQuestion } from '../../../lib/quiz/types';

/** The dialogue so far: what the customer said, what the trainee replied, and the coaching. */
export function RolePlayReplayView({ question, run }: { question: RolePlayQuestion; run: RolePlayRun }) {
  if (run.path.length === 0) return null;
  // The state before each turn: the start, then the state after each earlier reply.
  const before = [startRolePlay(question).state, ...run.path.map((turn) => turn.stateAfter)];
  return (
    <ol className="roleplay__log" aria-label="对话记录">
      {run.path.map((turn, i) => {
        const step = findStep(question, turn.stepId)!;
        const line = customerLine(step, before[i]).text;
        const reply = step.replies.find((r) => r.id === turn.replyId)!;
        return (
          <li key={i} className="roleplay__entry">
            <p>
              <span className="roleplay__speaker">{question.customerName}:</span>
              {line}
            </p>
            <p>
              <span className="roleplay__speaker">您：</span>
              {reply.text}
            </p>
            <p className="roleplay__coach">
              点评：{reply.feedback}（情绪 {turn.stateAfter.anger} · 信任 {turn.stateAfter.trust}）
            </p>
          </li>
        );
      })}
    </ol>
  );
}
