// Quick-reference data (速查手册). The lectures and the handbook screen draw on the same records.

/** A forbidden service phrase (服务忌语) and our suggested wording. The sources list only the
 * forbidden phrases; the better wording is the course's own suggestion. */
export interface PhraseEntry {
  id: string;
  forbidden: string;
  /** Source tag of the forbidden phrase, e.g. '[001]'. */
  source: string;
  better: string;
  /** Why the forbidden phrase hurts and what the better one does. */
  why: string;
}

/** One row of the six-step complaint-handling table. */
export interface HandlingStep {
  step: number;
  name: string;
  /** The aim in brackets in the source, e.g. 安抚客户. */
  aim: string;
  do: string[];
  dont: string[];
}

export interface LanguageTip {
  id: string;
  name: string;
  description: string;
  before: string;
  after: string;
}

export interface PhoneStandard {
  id: string;
  topic: string;
  guidance: string;
  /** A standard phrase to say (or not to say, see `avoid`). */
  example?: string;
  avoid?: boolean;
}

/** The laws and standards the course cites; `content/handbook/laws.ts` holds one entry for each. */
export type LawId =
  | 'civil-code'
  | 'civil-general'
  | 'contract'
  | 'guarantee'
  | 'consumer'
  | 'price'
  | 'telecom-regulation'
  | 'civil-procedure'
  | 'mental-damage'
  | 'ministry-rules'
  | 'telecom-service-standard';

/**
 * Where a cited law or provision stands today, exactly as `/work/shared/course/LAW-STATUS.md`
 * states it (nothing beyond that file): in force, repealed and replaced, amended, a 2007 text to be
 * read as such, or a name from the 2007 list whose present state that file does not give.
 */
export type LawStatus =
  | { kind: 'current'; note?: string }
  | { kind: 'repealed'; since: string; replacedBy: string }
  | { kind: 'amended'; year: string; note?: string }
  | { kind: 'dated'; note: string }
  | { kind: 'unverified' };

/** One provision a source cites, with the content as the source gives it. */
export interface LawArticle {
  ref: string;
  content: string;
  /** Overrides the law's status for this provision (e.g. which 《民法典》 article replaced it). */
  status?: LawStatus;
  /** Today's rule for this provision, in our words, per LAW-STATUS.md. */
  today?: string;
}

export interface LawEntry {
  id: LawId;
  name: string;
  status: LawStatus;
  /** Today's rule first (per LAW-STATUS.md); omitted where that file says nothing about it. */
  today?: string;
  /** What the law governed when the 2007 materials cited it, in our words (no invented article text); omitted for a law they do not cite. */
  governs?: string;
  /** Provisions the sources actually cite, with the content as the sources give it. */
  articles: LawArticle[];
  /** Complaint topics the sources map to this law, e.g. 高额赔偿. */
  topics: string[];
  /** For a topic the sources tie to one provision, that provision's `ref` (e.g. 不可抗力 → 第一百一十七条第二款). */
  topicArticles?: Record<string, string>;
}

/** One row of the demand → law table (常见诉求与法律对照), derived from the law registry. */
export interface DemandLawRow {
  topic: string;
  citations: { law: LawId; article?: string }[];
}

/** A legal citation in case data (a question's 法律依据), rendered with its status. */
export interface LegalCitation {
  /** The law cited; omit only where the source states a rule without naming any law. */
  law?: LawId;
  /** The provision, as `LawArticle.ref` spells it, e.g. 第一百一十七条第二款. */
  article?: string;
  /** What the provision says (as the source gives it) or what it is cited for. */
  text: string;
}

/** A legal point the sources explain (a concept, a rule and its basis), for quick reference. */
export interface LegalPoint {
  id: string;
  term: string;
  /** Today's rule, shown first; only what LAW-STATUS.md states. Omitted where it says nothing. */
  today?: string;
  /** What the 2007 sources say, in our words, keeping their facts (shown after “2007 年教材：”). */
  explanation: string;
  /** The laws the point rests on, each shown with its status; omitted where the sources name none. */
  basis?: { law: LawId; article?: string }[];
  /** Source tag, e.g. '[000]'. */
  source: string;
}

/** A part of the complaint-prevention guide (lecture 4's 预防投诉), from [004]. */
export interface PreventionPart {
  id: string;
  title: string;
  /** Whether the items are steps to follow in order. */
  ordered: boolean;
  items: { label?: string; text: string }[];
}

/** Phrases the sources themselves recommend (not the course's suggestions), grouped by moment. */
export interface RecommendedPhraseGroup {
  id: string;
  /** When to use them, e.g. 客户发泄不满时. */
  when: string;
  phrases: string[];
  /** The items are things to do in order (a checklist), not words to say. */
  checklist?: boolean;
  /** A note on use, in our words. */
  note?: string;
  source: string;
}
