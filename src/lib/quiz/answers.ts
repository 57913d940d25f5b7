// The shape of a trainee's answer for each question kind (saved as-is in attempts).
export type RewriteAnswer = { mode: 'choice'; choiceId: string } | { mode: 'written'; text: string };

export interface RolePlayAnswer {
  /** Reply ids chosen, in order. */
  path: string[];
  endingId: string;
}

export type Answer =
  | { kind: 'single'; optionId: string }
  | { kind: 'multiple'; optionIds: string[] }
  | { kind: 'truefalse'; value: boolean }
  | { kind: 'ordering'; itemIds: string[] }
  | { kind: 'matching'; matches: Record<string, string> }
  | { kind: 'rewrite'; answer: RewriteAnswer }
  | { kind: 'roleplay'; answer: RolePlayAnswer };

export interface Grade {
  correct: boolean;
  /** 0–1 */
  score: number;
}
