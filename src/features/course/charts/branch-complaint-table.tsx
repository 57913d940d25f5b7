import { branchComplaintRates as data } from '../../../../content/data/complaint-statistics';

/** The per-branch table, shown with the source's caveats so nobody reads more into it than it holds. */
export function BranchComplaintTable() {
  return (
    <figure className="chart">
      <div className="table-scroll" tabIndex={0} role="region" aria-label={data.title}>
        <table className="data-table">
          <caption>{data.title}</caption>
          <thead>
            <tr>
              <th scope="col">分公司</th>
              {data.columns.map((column) => (
                <th scope="col" key={column}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.rows.map((row) => (
              <tr key={row.branch}>
                <th scope="row">{row.branch}</th>
                {row.values.map((value, i) => (
                  <td className="chart__num" key={data.columns[i]}>
                    {value}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figcaption className="chart__note">
        <strong>阅读时请注意：</strong>
        <ul>
          {data.caveats.map((caveat) => (
            <li key={caveat}>{caveat}</li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
