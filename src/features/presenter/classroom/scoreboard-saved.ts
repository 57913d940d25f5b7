// The saved scoreboard: its version, the pure migration and the normalisation of whatever is found
// in storage (zustand's shallow merge would otherwise keep any saved shape, good or bad).
// Valibot, as the main store does: it tree-shakes to a few KB.
import * as v from 'valibot';
import { defaultTeamName, MAX_NAME_LENGTH, MAX_TEAMS, type Team } from './scoreboard-model';

export const SCOREBOARD_VERSION = 1;

export interface SavedScoreboard {
  teams: Team[];
}

const starCount = v.fallback(
  v.pipe(
    v.number(),
    v.transform((n) => (Number.isFinite(n) ? Math.max(0, Math.floor(n)) : 0)),
  ),
  0,
);

const teamSchema = v.object({
  id: v.pipe(v.string(), v.nonEmpty()),
  name: v.fallback(v.string(), ''),
  stars: v.fallback(
    v.object({ speaking: starCount, spirit: starCount, drill: starCount, homework: starCount }),
    () => ({ speaking: 0, spirit: 0, drill: 0, homework: 0 }),
  ),
});

/** Keeps every well-formed team (one bad entry does not cost the others), unique ids, at most 20. */
export function normaliseScoreboard(data: unknown): SavedScoreboard {
  const list = typeof data === 'object' && data !== null ? (data as { teams?: unknown }).teams : undefined;
  const seen = new Set<string>();
  const teams: Team[] = [];
  for (const item of Array.isArray(list) ? list : []) {
    const parsed = v.safeParse(teamSchema, item);
    if (!parsed.success || seen.has(parsed.output.id) || teams.length >= MAX_TEAMS) continue;
    seen.add(parsed.output.id);
    const name = parsed.output.name.trim().slice(0, MAX_NAME_LENGTH) || defaultTeamName(teams.length + 1);
    teams.push({ ...parsed.output, name });
  }
  return { teams };
}

/**
 * Version 1 is the first. Data saved under any other version is read as well as it can be rather
 * than thrown away: zustand would otherwise start empty and write that over the saved board.
 */
export function migrateScoreboard(persisted: unknown, _version: number): SavedScoreboard {
  return normaliseScoreboard(persisted);
}
