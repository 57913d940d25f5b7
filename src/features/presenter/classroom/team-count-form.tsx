import { type RefObject, useId, useState } from 'react';
import { MAX_TEAMS, MIN_TEAMS } from './scoreboard-model';

interface TeamCountFormProps {
  hasTeams: boolean;
  onCreate: (count: number) => void;
  inputRef: RefObject<HTMLInputElement | null>;
  buttonRef: RefObject<HTMLButtonElement | null>;
}

/** “按报数分组,共 N 组”: how many teams the class counted off into. */
export function TeamCountForm({ hasTeams, onCreate, inputRef, buttonRef }: TeamCountFormProps) {
  const [value, setValue] = useState('8');
  const [invalid, setInvalid] = useState(false);
  const errorId = useId();

  return (
    <form
      className="team-count"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const count = Number(value);
        const ok = Number.isInteger(count) && count >= MIN_TEAMS && count <= MAX_TEAMS;
        setInvalid(!ok);
        if (ok) onCreate(count);
        else inputRef.current?.focus();
      }}
    >
      <label className="team-count__label">
        按报数分组，共
        <input
          ref={inputRef}
          type="number"
          inputMode="numeric"
          min={MIN_TEAMS}
          max={MAX_TEAMS}
          step={1}
          value={value}
          aria-invalid={invalid}
          aria-describedby={invalid ? errorId : undefined}
          onChange={(event) => setValue(event.target.value)}
        />
        组
      </label>
      <button ref={buttonRef} type="submit" className="button button--primary">
        {hasTeams ? '重新分组' : '创建小组'}
      </button>
      {invalid && (
        <p id={errorId} className="field-error">
          请输入 {MIN_TEAMS} 到 {MAX_TEAMS} 之间的整数。
        </p>
      )}
    </form>
  );
}
