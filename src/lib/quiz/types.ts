// Case and question data. Cases are plain typed data (not JSX) so that the case bank, the review
// queue and the presenter can list questions without rendering a lecture.

import type { LegalCitation } from '../handbook/types';

export type LectureId = 'understanding' | 'techniques' | 'difficult' | 'toolbox';

/**
 * Where in a lecture a question's topic is taught. `slide` is 1-based; `heading` must occur in that
 * slide's first heading — the content test checks both, so a link cannot silently drift.
 */
export interface SectionRef {
  slide: number;
  heading: string;
}

export interface Option {
  id: string;
  text: string;
}

interface QuestionBase {
  /** Stable id, unique across the whole course (saved attempts refer to it). */
  id: string;
  prompt: string;
  /** Why the answer is right: the reasoning, not just the answer. */
  explanation: string;
  /** The course's own analysis beyond the sources, shown after the explanation as 课程分析. */
  analysis?: string;
  /** The legal basis, only where the sources give one (never invented); each shows its status. */
  legalBasis?: LegalCitation[];
  section: SectionRef;
}

export interface SingleChoiceQuestion extends QuestionBase {
  kind: 'single';
  options: Option[];
  correct: string;
}

export interface MultipleChoiceQuestion extends QuestionBase {
  kind: 'multiple';
  options: Option[];
  correct: string[];
}

export interface TrueFalseQuestion extends QuestionBase {
  kind: 'truefalse';
  /** The statement to judge (判断). */
  statement: string;
  correct: boolean;
}

export interface OrderingQuestion extends QuestionBase {
  kind: 'ordering';
  /** Items in the CORRECT order; the UI shuffles them. */
  items: Option[];
}

export interface MatchingQuestion extends QuestionBase {
  kind: 'matching';
  /**
   * Each left item belongs to one right item. Right texts may repeat to make a sorting exercise
   * (e.g. 理性 / 感性): the UI offers the distinct right texts, shuffled, for every left item.
   */
  pairs: { id: string; left: string; right: string }[];
}

export interface RewriteRule {
  /** Shown to the trainee, e.g. "包含致歉". */
  label: string;
  /** The answer passes this rule if it contains at least one of these words. */
  anyOf: string[];
}

export interface RewriteQuestion extends QuestionBase {
  kind: 'rewrite';
  /** The forbidden service phrase (服务忌语) to improve. */
  forbidden: string;
  /** Candidate rewrites to pick from; exactly one has `correct: true`. */
  choices: (Option & { correct?: boolean })[];
  /** Rules a written answer must meet. */
  mustInclude: RewriteRule[];
  mustNotInclude: string[];
  modelAnswer: string;
}

export interface CustomerState {
  /** 0 calm … 100 furious */
  anger: number;
  /** 0 none … 100 full trust */
  trust: number;
}

/** A condition on the customer's state; all given bounds must hold. */
export interface StateCondition {
  angerAtLeast?: number;
  angerBelow?: number;
  trustAtLeast?: number;
  trustBelow?: number;
}

export interface RolePlayReply {
  id: string;
  text: string;
  effect: Partial<CustomerState>;
  /** Coaching shown after the reply is chosen. */
  feedback: string;
  /** Next node: a fixed id, or the first matching branch (the last branch should have no `when`). */
  next: string | { when?: StateCondition; to: string }[];
}

export interface RolePlayLine {
  when?: StateCondition;
  text: string;
}

export interface RolePlayStep {
  id: string;
  /** What the customer says; the first line whose condition holds is used. */
  customer: RolePlayLine[];
  replies: RolePlayReply[];
}

export type EndingKind = 'resolved' | 'escalated' | 'lost';

export interface RolePlayEnding {
  id: string;
  ending: EndingKind;
  title: string;
  text: string;
  /** 0–100 */
  score: number;
}

export interface RolePlayQuestion extends QuestionBase {
  kind: 'roleplay';
  customerName: string;
  initial: CustomerState;
  start: string;
  steps: RolePlayStep[];
  endings: RolePlayEnding[];
}

export type Question =
  | SingleChoiceQuestion
  | MultipleChoiceQuestion
  | TrueFalseQuestion
  | OrderingQuestion
  | MatchingQuestion
  | RewriteQuestion
  | RolePlayQuestion;

export type QuestionKind = Question['kind'];

export interface CaseNarrative {
  /** As the source gives it, e.g. "2007年5月"; omit when the source gives none. */
  date?: string;
  customer: string;
  demand: string;
  facts: string[];
}

export interface CaseStudyData {
  id: string;
  lectureId: LectureId;
  title: string;
  /** 'case' for a 案例; 'exercise' for a drill such as ordering the six steps. */
  type: 'case' | 'exercise';
  narrative?: CaseNarrative;
  /** Short lead-in shown above the questions (used by exercises without a narrative). */
  intro?: string;
  questions: Question[];
  /** The key point to take away, shown after the questions. */
  summary: string;
}
