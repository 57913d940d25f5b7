import { handlingSteps } from '../../../content/handbook/steps';
import { Marked } from '../../components/highlight';
import {
  FullListHint,
  type ProjectorSelection,
  useProjectorSelection,
} from '../../components/slides/projector-selection';

/** The six-step complaint-handling table: purpose, what to do, what not to do (one card per step on a phone). */
export function SixStepTable({
  steps = handlingSteps,
  pick,
  limit,
}: { steps?: typeof handlingSteps } & ProjectorSelection) {
  const { shown, partial } = useProjectorSelection(steps, (s) => s.step, { pick, limit });
  return (
    <>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="投诉处理六步法">
        <table className="data-table six-steps">
          <caption>投诉处理六步法</caption>
          <thead>
            <tr>
              <th scope="col">步骤</th>
              <th scope="col">目的</th>
              <th scope="col">应该做</th>
              <th scope="col">不该做</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((s) => (
              <tr key={s.step}>
                <th scope="row">
                  {s.step}. <Marked text={s.name} />
                </th>
                <td data-label="目的">
                  <Marked text={s.aim} />
                </td>
                <td data-label="应该做">
                  <ul>
                    {s.do.map((item) => (
                      <li key={item}>
                        <Marked text={item} />
                      </li>
                    ))}
                  </ul>
                </td>
                <td data-label="不该做">
                  <ul>
                    {s.dont.map((item) => (
                      <li key={item}>
                        <Marked text={item} />
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <FullListHint partial={partial} />
    </>
  );
}
