import type { Option } from '../../../lib/quiz/types';
import { letters } from './kind-view';

/** Options lettered A, B, C … for the class to refer to. */
export function LetteredOptions({ options }: { options: Option[] }) {
  return (
    <ol className="class-question__options">
      {options.map((o, i) => (
        <li key={o.id}>
          <span className="class-question__letter">{letters[i]}.</span> {o.text}
        </li>
      ))}
    </ol>
  );
}
