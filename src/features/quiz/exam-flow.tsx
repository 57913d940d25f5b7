import { useCallback } from 'react';
import type { CaseRegistry } from '../../lib/quiz/case-registry';
import { useAppStore } from '../../store/app-store';
import { ExamChooser } from './exam-chooser';
import { gradeExam, newExam } from './exam-model';
import { ExamResult } from './exam-result';
import { ExamRun } from './exam-run';
import { useQuizSession } from './session/quiz-session-store';

/** The exam from choice to result; where it stands is kept in the quiz session store (survives a reload). */
export function ExamFlow({ registry }: { registry: CaseRegistry }) {
  const exam = useQuizSession((s) => s.exam);
  const startExam = useQuizSession((s) => s.startExam);
  const updateExam = useQuizSession((s) => s.updateExam);
  const clearExam = useQuizSession((s) => s.clearExam);
  const recordAttempt = useAppStore((s) => s.recordAttempt);

  const handIn = useCallback(() => {
    const current = useQuizSession.getState().exam;
    if (!current || current.handedInAt !== null) return;
    const now = Date.now();
    // Only answered questions become attempts; each keeps its seed so a review shows what was seen.
    for (const { ref, answer, grade } of gradeExam(current, registry)) {
      if (!answer) continue;
      recordAttempt({
        questionId: ref.question.id,
        caseId: ref.caseData.id,
        answer,
        correct: grade.correct,
        score: grade.score,
        at: now,
        durationMs: 0,
        mode: 'exam',
        seed: ref.seed,
      });
    }
    updateExam(() => ({ handedInAt: now }));
  }, [registry, recordAttempt, updateExam]);

  const start = (caseIds: string[], timeLimitMinutes: number | null) =>
    startExam(newExam(registry, caseIds, timeLimitMinutes));

  // An exam whose questions have all left the course cannot go on.
  if (!exam || gradeExam(exam, registry).length === 0) {
    return <ExamChooser registry={registry} initial={exam?.caseIds ?? []} onStart={start} />;
  }
  if (exam.handedInAt !== null) {
    return (
      <ExamResult
        graded={gradeExam(exam, registry)}
        // Handed in by the timer after a reload: the time taken is the limit, not the time away.
        durationMs={Math.min(
          exam.handedInAt - exam.startedAt,
          exam.timeLimitMinutes === null ? Infinity : exam.timeLimitMinutes * 60_000,
        )}
        onRestart={() => start(exam.caseIds, exam.timeLimitMinutes)}
        onChooseAgain={clearExam}
      />
    );
  }
  return <ExamRun exam={exam} registry={registry} onHandIn={handIn} />;
}
