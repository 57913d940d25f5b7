import type { DeckOverlay } from '../deck-state';
import { useDeck } from '../deck-store';

interface OverlayToggleProps {
  overlay: Exclude<DeckOverlay, 'none'>;
  label: string;
}

/** Shows one classroom tool over the slides in the audience window; only one can be shown at once. */
export function OverlayToggle({ overlay, label }: OverlayToggleProps) {
  const shown = useDeck((state) => state.overlay === overlay);
  return (
    <label className="overlay-toggle">
      <input
        type="checkbox"
        checked={shown}
        onChange={(event) => useDeck.getState().update({ overlay: event.target.checked ? overlay : 'none' })}
      />
      {label}
    </label>
  );
}
