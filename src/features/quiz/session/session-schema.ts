// The saved shape of the quiz session (an exam in progress and unsubmitted practice drafts), its
// version and migration. Anything that does not parse is dropped piece by piece, never thrown.
import * as v from 'valibot';
import { answerSchema } from '../../../lib/quiz/answer-schema';

export const SESSION_VERSION = 1;

const seedSchema = v.pipe(v.number(), v.integer(), v.minValue(1));

const examSchema = v.object({
  id: v.string(),
  caseIds: v.array(v.string()),
  /** The questions in the exam's order, each with its shuffle seed. */
  questions: v.pipe(v.array(v.object({ questionId: v.string(), seed: seedSchema })), v.minLength(1)),
  // One malformed answer is dropped, not the whole exam.
  answers: v.pipe(
    v.fallback(v.record(v.string(), v.unknown()), {}),
    v.transform((answers) =>
      Object.fromEntries(
        Object.entries(answers).flatMap(([id, answer]) => {
          const parsed = v.safeParse(answerSchema, answer);
          return parsed.success ? [[id, parsed.output] as const] : [];
        }),
      ),
    ),
  ),
  flagged: v.fallback(v.array(v.string()), []),
  current: v.fallback(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
  startedAt: v.number(),
  /** Minutes, or null for no limit. */
  timeLimitMinutes: v.fallback(v.nullable(v.pipe(v.number(), v.minValue(1))), null),
  /** Set once handed in: the result screen shows from here on. */
  handedInAt: v.fallback(v.nullable(v.number()), null),
});
export type ExamSession = v.InferOutput<typeof examSchema>;

const draftSchema = v.object({ draft: v.nullable(answerSchema), seed: seedSchema });
export type SavedDraft = v.InferOutput<typeof draftSchema>;

export interface SessionData {
  exam: ExamSession | null;
  drafts: Record<string, SavedDraft>;
}

export const emptySession = (): SessionData => ({ exam: null, drafts: {} });

/** Saved session data of any shape → valid data (a broken exam is dropped, broken drafts one by one). */
export function parseSession(saved: unknown): SessionData {
  if (typeof saved !== 'object' || saved === null) return emptySession();
  const { exam, drafts } = saved as Record<string, unknown>;
  const parsedExam = v.safeParse(examSchema, exam);
  const keptDrafts: Record<string, SavedDraft> = {};
  if (typeof drafts === 'object' && drafts !== null) {
    for (const [id, draft] of Object.entries(drafts)) {
      const parsed = v.safeParse(draftSchema, draft);
      if (parsed.success) keptDrafts[id] = parsed.output;
    }
  }
  return { exam: parsedExam.success ? parsedExam.output : null, drafts: keptDrafts };
}

/** Version 1 is the first; a newer version (saved by a newer course) is read as far as it parses. */
export function migrateSession(saved: unknown, _version: number): SessionData {
  return parseSession(saved);
}
