import { laws } from '../../../content/handbook/laws';
import { LawRef } from '../../components/law-ref';
import { demandLawRows } from '../../lib/handbook/demand-law';

/** What customers demand and the laws the 2007 materials map each demand to, each with its status today. */
export function DemandLawTable({ rows = demandLawRows(laws) }: { rows?: ReturnType<typeof demandLawRows> }) {
  return (
    <table className="data-table demand-law">
      <caption className="visually-hidden">常见诉求与法律对照</caption>
      <thead>
        <tr>
          <th scope="col">客户的诉求</th>
          <th scope="col">2007 年教材对应的法律（今天的状态）</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.topic}>
            <th scope="row">{row.topic}</th>
            <td>
              <ul className="laws__basis">
                {row.citations.map((cite) => (
                  <li key={`${cite.law}${cite.article ?? ''}`}>
                    <LawRef law={cite.law} article={cite.article} />
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
