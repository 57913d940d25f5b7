import { useId, useState } from 'react';
import { displayName } from './scoreboard-model';
import { useScoreboard } from './scoreboard-store';
import { MAX_PICK_NUMBER, parseMax, pickIndex } from './random-pick-model';
import { useDeck } from '../deck-store';

/** The pick goes up on the projector as well (until the next slide or key there). */
const showOnProjector = (text: string) => useDeck.getState().update({ pick: text, overlay: 'pick' });

type Mode = 'team' | 'number';
type Result = { mode: 'team'; teamId: string; text: string } | { mode: 'number'; value: number; text: string };

/** 随机点名: a random team from the scoreboard, or a random number from 1 to N. */
export function RandomPick() {
  const teams = useScoreboard((state) => state.teams);
  const [chosenMode, setMode] = useState<Mode>('team');
  const mode: Mode = teams.length > 0 ? chosenMode : 'number';
  const [max, setMax] = useState('8');
  const [invalid, setInvalid] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const name = useId();
  const errorId = useId();

  const pick = () => {
    if (mode === 'team') {
      const previous = result?.mode === 'team' ? teams.findIndex((t) => t.id === result.teamId) : null;
      const i = pickIndex(teams.length, previous);
      const text = displayName(teams[i], i + 1);
      setResult({ mode: 'team', teamId: teams[i].id, text });
      showOnProjector(text);
      return;
    }
    const n = parseMax(max);
    setInvalid(n === null);
    if (n === null) return;
    const previous = result?.mode === 'number' ? result.value - 1 : null;
    const value = pickIndex(n, previous) + 1;
    setResult({ mode: 'number', value, text: `${value} 号` });
    showOnProjector(`${value} 号`);
  };

  return (
    <div className="random-pick">
      {teams.length > 0 && (
        <fieldset className="random-pick__modes">
          <legend>抽取什么</legend>
          <label>
            <input type="radio" name={name} checked={mode === 'team'} onChange={() => setMode('team')} />
            一个小组（共 {teams.length} 组）
          </label>
          <label>
            <input type="radio" name={name} checked={mode === 'number'} onChange={() => setMode('number')} />
            一个号码
          </label>
        </fieldset>
      )}
      <form
        className="random-pick__form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          pick();
        }}
      >
        {mode === 'number' && (
          <label>
            号码范围：1 到
            <input
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_PICK_NUMBER}
              step={1}
              value={max}
              aria-invalid={invalid}
              aria-describedby={invalid ? errorId : undefined}
              onChange={(event) => setMax(event.target.value)}
            />
          </label>
        )}
        <button type="submit" className="button button--primary">
          随机点名
        </button>
        {invalid && mode === 'number' && (
          <p id={errorId} className="field-error">
            请输入 1 到 {MAX_PICK_NUMBER} 之间的整数。
          </p>
        )}
      </form>
      <p role="status" className="random-pick__result">
        {result ? result.text : ''}
      </p>
    </div>
  );
}
