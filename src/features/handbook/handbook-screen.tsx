import '../../styles/handbook.css';
import './handbook.css';
import { type ReactNode, useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { Marked, SearchTermsContext } from '../../components/highlight';
import { useDocumentTitle } from '../../components/use-document-title';
import { scrollWindowToElement } from '../../lib/dom/own-window-scroll';
import { handbookParts } from '../../lib/handbook/handbook-parts';
import { DemandLawTable } from './demand-law-table';
import { LanguageTips } from './language-tips';
import { LawList } from './law-list';
import { LegalPoints } from './legal-points';
import { PhoneStandards } from './phone-standards';
import { PhraseBook } from './phrase-book';
import { PreventionGuide } from './prevention-guide';
import { RecommendedPhrases } from './recommended-phrases';
import { filterRecords, searchTerms } from './search';
import { SixStepTable } from './six-step-table';

function HandbookSection({
  id,
  title,
  count,
  children,
}: {
  id: string;
  title: string;
  count: number;
  children: ReactNode;
}) {
  if (count === 0) return null;
  return (
    <section className="handbook__section" aria-labelledby={`${id}-title`} id={id} tabIndex={-1}>
      <h2 id={`${id}-title`}>
        <Marked text={title} /> <span className="handbook__count">（{count}）</span>
      </h2>
      {children}
    </section>
  );
}

/** `#/handbook`: the quick reference (速查手册), searchable, and printable as a cheat sheet.
 * `?q=` searches it; `?part=hb-…` opens it at a part (the course search links there). */
export function HandbookScreen() {
  useDocumentTitle('速查手册');
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const part = params.get('part');
  const setQuery = (value: string) => setParams(value ? { q: value } : {}, { replace: true });
  const terms = searchTerms(query);
  const found = <T extends object>(p: { title: string; records: readonly T[] }) =>
    filterRecords(p.records, terms, p.title);

  const {
    steps: stepsPart,
    tips: tipsPart,
    phone: phonePart,
    recommended: recommendedPart,
    phrases: phrasesPart,
    prevention: preventionPart,
    demands: demandsPart,
    legal: legalPart,
    laws: lawsPart,
  } = handbookParts;
  const steps = found(stepsPart);
  const tips = found(tipsPart);
  const phone = found(phonePart);
  const recommended = found(recommendedPart);
  const phrases = found(phrasesPart);
  const prevention = found(preventionPart);
  const demands = found(demandsPart);
  const points = found(legalPart);
  const lawEntries = found(lawsPart);
  const counts: [{ id: string; title: string }, number][] = [
    [stepsPart, steps.length],
    [tipsPart, tips.length],
    [phonePart, phone.length],
    [recommendedPart, recommended.length],
    [phrasesPart, phrases.length],
    [preventionPart, prevention.length],
    [demandsPart, demands.length],
    [legalPart, points.length],
    [lawsPart, lawEntries.length],
  ];
  const total = counts.reduce((n, [, count]) => n + count, 0);

  // Opened at a part (a link from the course search): start there, once it is on the page.
  useEffect(() => {
    const target = part ? document.getElementById(part) : null;
    if (target) scrollWindowToElement(target);
  }, [part]);

  return (
    <div className="handbook">
      <h1>速查手册</h1>
      <p className="handbook__intro">
        投诉处理六步法、语言小贴士、电话用语规范、推荐说法、服务忌语、预防投诉和相关法律要点，随时查找。法律条目先写今天的规定，再写
        2007 年教材的说法；每条引用都标明现行、已废止或已修订。
      </p>
      <div className="handbook__tools" role="search">
        <label htmlFor="handbook-search">搜索手册</label>
        <input
          id="handbook-search"
          type="search"
          value={query}
          placeholder="例如：不可抗力、格式条款、委婉"
          onChange={(e) => setQuery(e.target.value)}
        />
        <button type="button" className="button" onClick={() => window.print()}>
          打印速查手册
        </button>
      </div>
      <p className="handbook__result" role="status">
        {query
          ? total > 0
            ? `找到 ${total} 条与“${query}”相关的内容`
            : `没有找到与“${query}”相关的内容，请换个词试试。`
          : `共 ${total} 条`}
      </p>
      <nav className="handbook__parts" aria-label="手册各部分">
        <ul>
          {counts
            .filter(([, count]) => count > 0)
            .map(([p, count]) => (
              <li key={p.id}>
                <a
                  href={`#/handbook?part=${p.id}`}
                  onClick={(e) => {
                    e.preventDefault();
                    const target = document.getElementById(p.id);
                    if (!target) return;
                    scrollWindowToElement(target);
                    target.focus({ preventScroll: true });
                  }}
                >
                  {p.title}（{count}）
                </a>
              </li>
            ))}
        </ul>
      </nav>
      <SearchTermsContext.Provider value={terms}>
        <HandbookSection id={stepsPart.id} title={stepsPart.title} count={steps.length}>
          <SixStepTable steps={steps} />
        </HandbookSection>
        <HandbookSection id={tipsPart.id} title={tipsPart.title} count={tips.length}>
          <LanguageTips tips={tips} />
        </HandbookSection>
        <HandbookSection id={phonePart.id} title={phonePart.title} count={phone.length}>
          <PhoneStandards items={phone} />
        </HandbookSection>
        <HandbookSection id={recommendedPart.id} title={recommendedPart.title} count={recommended.length}>
          <RecommendedPhrases groups={recommended} />
        </HandbookSection>
        <HandbookSection id={phrasesPart.id} title={phrasesPart.title} count={phrases.length}>
          <PhraseBook phrases={phrases} />
        </HandbookSection>
        <HandbookSection id={preventionPart.id} title={preventionPart.title} count={prevention.length}>
          <PreventionGuide parts={prevention} />
        </HandbookSection>
        <HandbookSection id={demandsPart.id} title={demandsPart.title} count={demands.length}>
          <DemandLawTable rows={demands} />
        </HandbookSection>
        <HandbookSection id={legalPart.id} title={legalPart.title} count={points.length}>
          <LegalPoints points={points} />
        </HandbookSection>
        <HandbookSection id={lawsPart.id} title={lawsPart.title} count={lawEntries.length}>
          <LawList laws={lawEntries} />
        </HandbookSection>
      </SearchTermsContext.Provider>
    </div>
  );
}
