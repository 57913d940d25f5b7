import { useMemo, useRef, useState } from 'react';
import { ConfirmPanel } from './confirm-panel';
import { rankTeams } from './scoreboard-model';
import { useScoreboard } from './scoreboard-store';
import { TeamCard } from './team-card';
import { TeamCountForm } from './team-count-form';
import { useFocusAfterRender } from './use-focus-after';

type Pending = { kind: 'reset' } | { kind: 'regroup'; count: number } | null;

/** The instructor's scoreboard: teams by counting off, stars under the course's four criteria. */
export function Scoreboard() {
  const teams = useScoreboard((state) => state.teams);
  const createTeams = useScoreboard((state) => state.createTeams);
  const reset = useScoreboard((state) => state.reset);
  // Shown in team order, so rows do not jump while stars are being given.
  const entries = useMemo(() => rankTeams(teams).sort((a, b) => a.position - b.position), [teams]);
  const [pending, setPending] = useState<Pending>(null);
  const [message, setMessage] = useState('');
  const countRef = useRef<HTMLInputElement>(null);
  const createRef = useRef<HTMLButtonElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useFocusAfterRender();

  const create = (count: number) => {
    createTeams(count);
    setMessage(`已创建 ${useScoreboard.getState().teams.length} 个小组`);
  };

  const close = (confirmed: boolean) => {
    if (!pending) return;
    if (confirmed && pending.kind === 'reset') {
      reset();
      setMessage('记分板已清空');
    }
    if (confirmed && pending.kind === 'regroup') create(pending.count);
    // Back to where the instructor was; after a reset the reset button is gone, so to the count.
    focusAfterRender(pending.kind === 'regroup' ? createRef : confirmed ? countRef : resetRef);
    setPending(null);
  };

  return (
    <div className="scoreboard">
      <TeamCountForm
        hasTeams={teams.length > 0}
        inputRef={countRef}
        buttonRef={createRef}
        onCreate={(count) => (teams.length > 0 ? setPending({ kind: 'regroup', count }) : create(count))}
      />
      {pending && (
        <ConfirmPanel
          question={
            pending.kind === 'reset'
              ? '确定清空所有小组和得星吗？'
              : `重新分组为 ${pending.count} 个小组，会清空现有小组和得星。确定吗？`
          }
          onConfirm={() => close(true)}
          onCancel={() => close(false)}
        />
      )}
      {teams.length === 0 ? (
        <p className="hint">还没有小组。请先按报数分组，再为各组加星。</p>
      ) : (
        <>
          <ul className="scoreboard__teams">
            {entries.map((entry) => (
              <TeamCard key={entry.team.id} entry={entry} onStarChange={setMessage} />
            ))}
          </ul>
          <button
            ref={resetRef}
            type="button"
            className="button scoreboard__reset"
            onClick={() => setPending({ kind: 'reset' })}
          >
            重置记分板
          </button>
        </>
      )}
      <p role="status" className="visually-hidden">
        {message}
      </p>
    </div>
  );
}
