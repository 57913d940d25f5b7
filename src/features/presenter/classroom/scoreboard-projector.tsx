import { useMemo } from 'react';
import { CRITERIA, displayName, rankTeams } from './scoreboard-model';
import { useScoreboard } from './scoreboard-store';

/** More teams than this and rows are packed tighter to fit 1080 px. */
const ROOMY_LIMIT = 10;

/** The ranked board for the audience window, sized for the 1920×1080 projector canvas. */
export function ScoreboardProjector() {
  const teams = useScoreboard((state) => state.teams);
  const ranked = useMemo(() => rankTeams(teams), [teams]);
  if (ranked.length === 0) {
    return (
      <div className="scoreboard-projector">
        <p className="scoreboard-projector__empty">团队记分板：还没有小组</p>
      </div>
    );
  }
  const compact = ranked.length > ROOMY_LIMIT;
  return (
    <div className={compact ? 'scoreboard-projector scoreboard-projector--compact' : 'scoreboard-projector'}>
      <table className="scoreboard-projector__table">
        <caption className={compact ? 'visually-hidden' : undefined}>团队记分板</caption>
        <thead>
          <tr>
            <th scope="col">名次</th>
            <th scope="col">小组</th>
            {CRITERIA.map(({ id, label }) => (
              <th key={id} scope="col">
                {label}
              </th>
            ))}
            <th scope="col">合计</th>
          </tr>
        </thead>
        <tbody>
          {ranked.map(({ team, position, total, rank, leader }) => (
            <tr key={team.id} className={leader ? 'is-leader' : undefined}>
              <td className="scoreboard-projector__rank">{rank}</td>
              <th scope="row" className="scoreboard-projector__team">
                {displayName(team, position)}
                {leader && <span className="scoreboard-projector__badge">领先</span>}
              </th>
              {CRITERIA.map(({ id }) => (
                <td key={id} className="scoreboard-projector__stars">
                  <span aria-hidden="true">★</span> {team.stars[id]}
                </td>
              ))}
              <td className="scoreboard-projector__total">
                <span aria-hidden="true">★</span> {total}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
