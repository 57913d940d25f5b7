import { Link, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../components/use-document-title';
import { lectures } from '../../lib/content/lectures';
import type { CaseRegistry } from '../../lib/quiz/case-registry';
import type { CaseStudyData } from '../../lib/quiz/types';
import { type CaseStatus, caseResult, caseStatusLabels, lectureScore } from '../../lib/quiz/case-scores';
import { useAppStore } from '../../store/app-store';
import { caseLabel } from './case-label';
import { lectureName } from './lecture-names';
import { RegistryGate } from '../../components/registry-gate';

const statuses = Object.keys(caseStatusLabels) as CaseStatus[];

const normalise = (text: string) => text.replace(/\s+/g, '').toLowerCase();

/** Whether the case's title or story mentions the words searched for. */
function caseMatches(data: CaseStudyData, query: string): boolean {
  const q = normalise(query);
  if (!q) return true;
  const n = data.narrative;
  const text = [data.title, data.intro ?? '', n?.customer ?? '', n?.demand ?? '', ...(n?.facts ?? [])].join(' ');
  return normalise(text).includes(q);
}

function CaseTable({ registry }: { registry: CaseRegistry }) {
  const attempts = useAppStore((s) => s.attempts);
  const [params, setParams] = useSearchParams();
  const lectureFilter = params.get('lecture') ?? '';
  const statusFilter = params.get('status') ?? '';
  const query = params.get('q') ?? '';
  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const rows = registry.cases
    .map((c) => ({ data: c, result: caseResult(c, attempts) }))
    .filter((row) => !lectureFilter || row.data.lectureId === lectureFilter)
    .filter((row) => !statusFilter || row.result.status === statusFilter)
    .filter((row) => caseMatches(row.data, query));

  return (
    <>
      <h2>各讲成绩</h2>
      <ul className="lecture-scores">
        {lectures.map((l) => {
          const cases = registry.cases.filter((c) => c.lectureId === l.frontmatter.id);
          const passed = cases.filter((c) => caseResult(c, attempts).status === 'passed').length;
          return (
            <li key={l.frontmatter.id}>
              {lectureName(l.frontmatter.id)}：{lectureScore(cases, attempts)} 分 · 已通过 {passed}/{cases.length} 个
            </li>
          );
        })}
      </ul>
      <h2>全部案例</h2>
      <div className="filters" role="group" aria-label="筛选案例">
        <div>
          <label htmlFor="filter-lecture">讲次</label>
          <select id="filter-lecture" value={lectureFilter} onChange={(e) => setFilter('lecture', e.target.value)}>
            <option value="">全部讲次</option>
            {lectures.map((l) => (
              <option key={l.frontmatter.id} value={l.frontmatter.id}>
                {lectureName(l.frontmatter.id)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-status">状态</label>
          <select id="filter-status" value={statusFilter} onChange={(e) => setFilter('status', e.target.value)}>
            <option value="">全部状态</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {caseStatusLabels[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="filters__search">
          <label htmlFor="filter-query">搜索案例</label>
          <input
            id="filter-query"
            type="search"
            value={query}
            placeholder="例如：套餐、退费、信息费"
            onChange={(e) => setFilter('q', e.target.value)}
          />
        </div>
        <p role="status" className="filters__count">
          共 {rows.length} 个
        </p>
      </div>
      {rows.length === 0 ? (
        <p>没有符合筛选条件的案例。</p>
      ) : (
        <ul className="case-cards" aria-label="案例列表">
          {rows.map(({ data, result }) => (
            <li key={data.id} className="case-card">
              <h3 className="case-card__title">
                <Link to={`/cases/${data.id}`}>{caseLabel(data)}</Link>
              </h3>
              <p className="case-card__meta">
                {/* Filtered to one lecture, the lecture need not be said on every card. */}
                {lectureFilter ? null : <span>{lectureName(data.lectureId)}</span>}
                <span>{data.questions.length} 题</span>
              </p>
              <p className="case-card__result">
                <span className={`case-card__status case-card__status--${result.status}`}>
                  {caseStatusLabels[result.status]}
                </span>
                <span>{result.status === 'new' ? '尚未作答' : `最好成绩 ${result.bestScore} 分`}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** `#/cases`: every case of every lecture, with status and best score, filterable. */
export function CaseBankScreen() {
  useDocumentTitle('案例练习');
  return (
    <section aria-labelledby="case-bank-title">
      <h1 id="case-bank-title">案例练习</h1>
      <p>
        课程中的全部案例和练习。每个案例 80 分及格；答错的题会自动进入<Link to="/review">错题本</Link>
        。想检验整体掌握情况，可以进入
        <Link to="/exam">考试模式</Link>。
      </p>
      <RegistryGate>{(registry) => <CaseTable registry={registry} />}</RegistryGate>
    </section>
  );
}
