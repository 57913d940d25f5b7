// The scoreboard's data and the pure rules for changing and ranking it. The course scores teams
// with stars under four criteria; the team with the most stars wins.

export type Criterion = 'speaking' | 'spirit' | 'drill' | 'homework';

export type Stars = Record<Criterion, number>;

export interface Team {
  id: string;
  name: string;
  stars: Stars;
}

export const CRITERIA: readonly { id: Criterion; label: string }[] = [
  { id: 'speaking', label: '发言积极度' },
  { id: 'spirit', label: '精神风貌度' },
  { id: 'drill', label: '演练参与度' },
  { id: 'homework', label: '作业完成度' },
];

export const MIN_TEAMS = 1;
export const MAX_TEAMS = 20;
export const MAX_NAME_LENGTH = 20;

export const noStars = (): Stars => ({ speaking: 0, spirit: 0, drill: 0, homework: 0 });

export const defaultTeamName = (position: number) => `第${position}组`;

/** Teams 第1组…第N组, as counted off in class; N is clamped to 1–20. */
export function makeTeams(count: number): Team[] {
  const n = Math.min(MAX_TEAMS, Math.max(MIN_TEAMS, Math.trunc(count) || MIN_TEAMS));
  return Array.from({ length: n }, (_, i) => ({ id: `team-${i + 1}`, name: defaultTeamName(i + 1), stars: noStars() }));
}

export function withStar(teams: Team[], teamId: string, criterion: Criterion, delta: 1 | -1): Team[] {
  return teams.map((team) =>
    team.id === teamId
      ? { ...team, stars: { ...team.stars, [criterion]: Math.max(0, team.stars[criterion] + delta) } }
      : team,
  );
}

export function withName(teams: Team[], teamId: string, name: string): Team[] {
  return teams.map((team) => (team.id === teamId ? { ...team, name: name.slice(0, MAX_NAME_LENGTH) } : team));
}

export const totalStars = (team: Team) => CRITERIA.reduce((sum, { id }) => sum + team.stars[id], 0);

/** A name to show and to use in labels: a team whose name was cleared keeps its number. */
export const displayName = (team: Team, position: number) => team.name.trim() || defaultTeamName(position);

export interface RankedTeam {
  team: Team;
  /** 1-based place in team order (for the fallback name). */
  position: number;
  total: number;
  /** Competition ranking: tied teams share a rank (1, 1, 3). */
  rank: number;
  /** Has the most stars (ties share the lead); nobody leads before the first star. */
  leader: boolean;
}

/** Teams by total stars, most first; ties keep team order (Array.prototype.sort is stable). */
export function rankTeams(teams: Team[]): RankedTeam[] {
  const sorted = teams
    .map((team, i) => ({ team, position: i + 1, total: totalStars(team) }))
    .sort((a, b) => b.total - a.total);
  const top = sorted[0]?.total ?? 0;
  return sorted.map((entry) => ({
    ...entry,
    rank: sorted.findIndex((other) => other.total === entry.total) + 1,
    leader: top > 0 && entry.total === top,
  }));
}
