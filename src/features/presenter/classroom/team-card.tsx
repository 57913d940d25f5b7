import { CRITERIA, type Criterion, displayName, defaultTeamName, type RankedTeam } from './scoreboard-model';
import { useScoreboard } from './scoreboard-store';

interface TeamCardProps {
  entry: RankedTeam;
  /** Told after each star change, for the scoreboard's live region. */
  onStarChange: (message: string) => void;
}

/** One team on the instructor's scoreboard: its name, the four criteria with ±1, total and rank. */
export function TeamCard({ entry, onStarChange }: TeamCardProps) {
  const { team, position, total, rank, leader } = entry;
  const renameTeam = useScoreboard((state) => state.renameTeam);
  const addStar = useScoreboard((state) => state.addStar);
  const name = displayName(team, position);

  const change = (criterion: Criterion, label: string, delta: 1 | -1) => {
    addStar(team.id, criterion, delta);
    const after = useScoreboard.getState().teams.find((t) => t.id === team.id);
    if (after) onStarChange(`${name} ${label}：${after.stars[criterion]} 颗星`);
  };

  return (
    <li className={leader ? 'team-card team-card--leader' : 'team-card'}>
      <div className="team-card__head">
        <label className="team-card__name">
          <span className="visually-hidden">第{position}个小组的名称</span>
          <input
            type="text"
            value={team.name}
            maxLength={20}
            autoComplete="off"
            onChange={(event) => renameTeam(team.id, event.target.value)}
            // A cleared name would leave the buttons unnamed: give the number back.
            onBlur={() => {
              if (!team.name.trim()) renameTeam(team.id, defaultTeamName(position));
            }}
          />
        </label>
        {leader && <span className="team-card__badge">领先</span>}
        <p className="team-card__total">
          合计 <strong>{total}</strong> 颗星 · 第 {rank} 名
        </p>
      </div>
      <ul className="team-card__criteria">
        {CRITERIA.map(({ id, label }) => {
          const count = team.stars[id];
          return (
            <li key={id} className="criterion">
              <span className="criterion__label">{label}</span>
              <span className="criterion__count">
                <span aria-hidden="true">★</span> {count}
              </span>
              <span className="criterion__buttons">
                <button
                  type="button"
                  className="button button--small criterion__button"
                  aria-label={`${name} ${label} 减一颗星 −1`}
                  // aria-disabled, not disabled: the button keeps keyboard focus at zero.
                  aria-disabled={count === 0}
                  onClick={() => count > 0 && change(id, label, -1)}
                >
                  −1
                </button>
                <button
                  type="button"
                  className="button button--small criterion__button"
                  aria-label={`${name} ${label} 加一颗星 +1`}
                  onClick={() => change(id, label, 1)}
                >
                  +1
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    </li>
  );
}
