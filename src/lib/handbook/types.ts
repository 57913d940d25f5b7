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

export interface LawEntry {
  id: string;
  name: string;
  /** What the law governs, in our words (no invented article text). */
  governs: string;
  /** Articles the sources actually cite, with the content as the sources give it. */
  articles: { ref: string; content: string }[];
  /** Complaint topics the sources map to this law, e.g. 高额赔偿. */
  topics: string[];
}

/** A legal point the sources explain (a concept, a rule and its basis), for quick reference. */
export interface LegalPoint {
  id: string;
  term: string;
  /** In our words, keeping the sources' facts. */
  explanation: string;
  /** The basis exactly as the sources name it; omitted where they name none. */
  basis?: string;
  /** Source tag, e.g. '[000]'. */
  source: string;
}
