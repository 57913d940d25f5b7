import './search.css';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Highlight } from '../../components/highlight';
import { RegistryGate } from '../../components/registry-gate';
import { useDocumentTitle } from '../../components/use-document-title';
import type { CaseRegistry } from '../../lib/quiz/case-registry';
import { excerpt, normalise, searchTerms } from '../../lib/search/text-search';
import { buildSearchIndex, groupTitles, type ResultGroup, search, type SearchEntry } from './search-index';

/** More than this many in a group are summed up rather than listed. */
const SHOWN_PER_GROUP = 20;
const groups: ResultGroup[] = ['lectures', 'cases', 'handbook'];

function Results({ registry, query }: { registry: CaseRegistry; query: string }) {
  const index = useMemo(() => buildSearchIndex(registry), [registry]);
  const terms = useMemo(() => searchTerms(query), [query]);
  const results = useMemo(() => search(index, terms), [index, terms]);
  if (terms.length === 0) return <p role="status">输入词语，在讲义、案例和速查手册中一起查找。</p>;
  const byGroup = (group: ResultGroup) => results.filter((r) => r.group === group);
  return (
    <>
      <p role="status" className="search__count">
        {results.length > 0
          ? `找到 ${results.length} 条与“${query.trim()}”相关的内容` +
            (terms.length > 1 ? `（同时查找：${terms.filter((t) => t !== normalise(query)).join('、')}）` : '')
          : `没有找到与“${query.trim()}”相关的内容，请换个词试试。`}
      </p>
      {groups.map((group) => {
        const found = byGroup(group);
        if (found.length === 0) return null;
        return (
          <section key={group} className="search__group" aria-labelledby={`search-${group}`}>
            <h2 id={`search-${group}`}>
              {groupTitles[group]} <span className="search__group-count">（{found.length}）</span>
            </h2>
            <ol className="search__list">
              {found.slice(0, SHOWN_PER_GROUP).map((entry) => (
                <ResultItem key={`${entry.to}|${entry.title}`} entry={entry} terms={terms} query={query} />
              ))}
            </ol>
            {found.length > SHOWN_PER_GROUP ? (
              <p className="hint">还有 {found.length - SHOWN_PER_GROUP} 条，请把词语说得更具体些。</p>
            ) : null}
          </section>
        );
      })}
    </>
  );
}

function ResultItem({ entry, terms, query }: { entry: SearchEntry; terms: string[]; query: string }) {
  const to = entry.to.replace('{q}', encodeURIComponent(query.trim()));
  return (
    <li className="search__item">
      <Link to={to} className="search__title">
        <Highlight text={entry.title} terms={terms} />
      </Link>
      <span className="search__where">{entry.where}</span>
      {entry.text ? (
        <p className="search__excerpt">
          <Highlight text={excerpt(entry.text, terms)} terms={terms} />
        </p>
      ) : null}
    </li>
  );
}

/** `#/search?q=…`: one search over the lectures, the cases and the handbook. */
export function SearchScreen() {
  useDocumentTitle('搜索');
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  return (
    <div className="search">
      <h1>搜索课程</h1>
      <div className="search__tools" role="search">
        <label htmlFor="course-search">搜索讲义、案例和速查手册</label>
        <input
          id="course-search"
          type="search"
          value={query}
          placeholder="例如：忌语、退费、不可抗力"
          onChange={(e) => setParams(e.target.value ? { q: e.target.value } : {}, { replace: true })}
        />
      </div>
      <RegistryGate>{(registry) => <Results registry={registry} query={query} />}</RegistryGate>
    </div>
  );
}
