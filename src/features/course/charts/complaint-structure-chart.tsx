import { complaintStructureMay2007 as data } from '../../../../content/data/complaint-statistics';

/** A CSS bar chart in an HTML table: every number is real text, readable by screen readers and
 * when printed; the bars are decoration. */
export function ComplaintStructureChart() {
  const max = Math.max(...data.categories.map((c) => c.count));
  return (
    <figure className="chart">
      <table className="chart__table">
        <caption>
          {data.title}（共 {data.total} 件）
        </caption>
        <thead>
          <tr>
            <th scope="col">投诉类别</th>
            <th scope="col">件数</th>
            <th scope="col">占比</th>
            <th scope="col" className="chart__bar-head">
              <span className="visually-hidden">图示</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {data.categories.map((c) => (
            <tr key={c.label}>
              <th scope="row">{c.label}</th>
              <td className="chart__num">{c.count}</td>
              <td className="chart__num">{c.percent}%</td>
              <td className="chart__bar-cell" aria-hidden="true">
                <span className="chart__bar" style={{ width: `${(c.count / max) * 100}%` }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <figcaption className="chart__note">
        数据来源：某家电企业用户服务部课件“07 年 5
        月份投诉结构分析图”。原图的文字标签与数字交错排列，此处为最可能的对应方式。
      </figcaption>
    </figure>
  );
}
