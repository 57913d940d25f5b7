import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { legalPoints } from '../../../content/handbook/legal-points';
import { languageTips } from '../../../content/handbook/language-tips';
import { laws } from '../../../content/handbook/laws';
import { phoneStandards } from '../../../content/handbook/phone';
import { preventionParts } from '../../../content/handbook/prevention';
import { forbiddenPhrases } from '../../../content/handbook/phrases';
import { recommendedPhraseGroups } from '../../../content/handbook/recommended-phrases';
import { handlingSteps } from '../../../content/handbook/steps';
import { useDocumentTitle } from '../../components/use-document-title';
import { demandLawRows } from '../../lib/handbook/demand-law';
import { DemandLawTable } from './demand-law-table';
import { LanguageTips } from './language-tips';
import { LawList } from './law-list';
import { LegalPoints } from './legal-points';
import { PhoneStandards } from './phone-standards';
import { PhraseBook } from './phrase-book';
import { PreventionGuide } from './prevention-guide';
import { RecommendedPhrases } from './recommended-phrases';
import { filterRecords } from './search';
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
    <section className="handbook__section" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="handbook__count">({count})</span>
      </h2>
      {children}
    </section>
  );
}

/** `#/handbook`: the quick reference (速查手册), searchable, and printable as a cheat sheet. */
export function HandbookScreen() {
  useDocumentTitle('速查手册');
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const setQuery = (value: string) => setParams(value ? { q: value } : {}, { replace: true });

  const steps = filterRecords(handlingSteps, query);
  const tips = filterRecords(languageTips, query);
  const phone = filterRecords(phoneStandards, query);
  const recommended = filterRecords(recommendedPhraseGroups, query);
  const phrases = filterRecords(forbiddenPhrases, query);
  const prevention = filterRecords(preventionParts, query);
  const demands = filterRecords(demandLawRows(laws), query);
  const points = filterRecords(legalPoints, query);
  const lawEntries = filterRecords(laws, query);
  const total =
    steps.length +
    tips.length +
    phone.length +
    recommended.length +
    phrases.length +
    prevention.length +
    demands.length +
    points.length +
    lawEntries.length;

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
      <HandbookSection id="hb-steps" title="投诉处理六步法" count={steps.length}>
        <SixStepTable steps={steps} />
      </HandbookSection>
      <HandbookSection id="hb-tips" title="语言小贴士" count={tips.length}>
        <LanguageTips tips={tips} />
      </HandbookSection>
      <HandbookSection id="hb-phone" title="电话礼仪与用语规范" count={phone.length}>
        <PhoneStandards items={phone} />
      </HandbookSection>
      <HandbookSection id="hb-recommended" title="推荐说法" count={recommended.length}>
        <RecommendedPhrases groups={recommended} />
      </HandbookSection>
      <HandbookSection id="hb-phrases" title="服务忌语与建议说法" count={phrases.length}>
        <PhraseBook phrases={phrases} />
      </HandbookSection>
      <HandbookSection id="hb-prevention" title="预防投诉" count={prevention.length}>
        <PreventionGuide parts={prevention} />
      </HandbookSection>
      <HandbookSection id="hb-demands" title="常见诉求与法律对照" count={demands.length}>
        <DemandLawTable rows={demands} />
      </HandbookSection>
      <HandbookSection id="hb-legal" title="法律要点" count={points.length}>
        <LegalPoints points={points} />
      </HandbookSection>
      <HandbookSection id="hb-laws" title="相关法律法规" count={lawEntries.length}>
        <LawList laws={lawEntries} />
      </HandbookSection>
    </div>
  );
}
