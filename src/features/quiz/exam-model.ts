// Pure exam logic: building an exam from chosen cases, what counts as answered, grading at hand-in.
import type { Answer, Grade } from '../../lib/quiz/answers';
import type { CaseRegistry, QuestionRef } from '../../lib/quiz/case-registry';
import { draftProblem, grade } from '../../lib/quiz/question-kinds';
import { newSeed, shuffle } from '../../lib/quiz/shuffle';
import type { ExamSession } from './session/session-schema';

export function newExam(registry: CaseRegistry, caseIds: string[], timeLimitMinutes: number | null): ExamSession {
  const questions = caseIds.flatMap((id) => registry.byId.get(id)?.questions ?? []);
  return {
    id: `exam-${Date.now()}`,
    caseIds,
    // A fresh random question order and a shuffle seed per question, every time.
    questions: shuffle(questions).map((q) => ({ questionId: q.id, seed: newSeed() })),
    answers: {},
    flagged: [],
    current: 0,
    startedAt: Date.now(),
    timeLimitMinutes,
    handedInAt: null,
  };
}

/** The exam's questions that still exist in the course (content may have changed since it started). */
export function examQuestions(exam: ExamSession, registry: CaseRegistry): (QuestionRef & { seed: number })[] {
  return exam.questions.flatMap(({ questionId, seed }) => {
    const ref = registry.questions.get(questionId);
    return ref ? [{ ...ref, seed }] : [];
  });
}

export function isAnswered(ref: QuestionRef, answer: Answer | undefined): boolean {
  return answer !== undefined && draftProblem(ref.question, answer) === null;
}

export interface GradedQuestion {
  ref: QuestionRef & { seed: number };
  answer: Answer | null;
  grade: Grade;
}

/** Every question graded; an unanswered one scores nothing. */
export function gradeExam(exam: ExamSession, registry: CaseRegistry): GradedQuestion[] {
  return examQuestions(exam, registry).map((ref) => {
    const answer = exam.answers[ref.question.id];
    return isAnswered(ref, answer)
      ? { ref, answer, grade: grade(ref.question, answer) }
      : { ref, answer: null, grade: { correct: false, score: 0 } };
  });
}

/** Milliseconds left before the time limit (null without a limit). */
export function timeLeft(exam: ExamSession, now: number): number | null {
  return exam.timeLimitMinutes === null ? null : exam.startedAt + exam.timeLimitMinutes * 60_000 - now;
}
