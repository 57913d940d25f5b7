// Long reference lists (phrases, laws, steps) on a slide: the room sees a few chosen items and a
// pointer to the handbook; the reading view keeps the full list. Never shrink a list to fit.
import { useSlideMode } from './slide-mode';

/** Items shown on the projector when the author chose none. */
export const DEFAULT_PROJECTOR_ITEMS = 3;

export interface ProjectorSelection {
  /** Ids (or, for the six steps, step numbers) of the items to show on the projector, in this order. */
  pick?: readonly (string | number)[];
  /** How many items (from the start) to show on the projector when there is no `pick`. */
  limit?: number;
}

/** The items to render in the current mode, and whether some were left out. */
export function selectForMode<T>(
  items: readonly T[],
  keyOf: (item: T) => string | number,
  { pick, limit }: ProjectorSelection,
  kind: string,
): { shown: readonly T[]; partial: boolean } {
  if (kind === 'reading') return { shown: items, partial: false };
  const shown = pick
    ? pick.flatMap((key) => items.filter((item) => String(keyOf(item)) === String(key)))
    : items.slice(0, limit ?? DEFAULT_PROJECTOR_ITEMS);
  return { shown, partial: shown.length < items.length };
}

export function useProjectorSelection<T>(
  items: readonly T[],
  keyOf: (item: T) => string | number,
  selection: ProjectorSelection,
): { shown: readonly T[]; partial: boolean } {
  const { kind } = useSlideMode();
  return selectForMode(items, keyOf, selection, kind);
}

/** The line under a shortened list on the projector. */
export function FullListHint({ partial }: { partial: boolean }) {
  return partial ? <p className="full-list-hint">完整内容见速查手册</p> : null;
}
