import { useCallback } from 'react';
import { RegistryGate } from '../../components/registry-gate';
import { useDocumentTitle } from '../../components/use-document-title';
import type { CaseRegistry } from '../../lib/quiz/case-registry';
import { useAppStore } from '../../store/app-store';
import { ExamChooser } from './exam-chooser';
import { gradeExam, newExam } from './exam-model';
import { ExamResult } from './exam-result';
import { ExamRun } from './exam-run';
import { useQuizSession } from './session/quiz-session-store';

function Exam({ registry }: { registry: CaseRegistry }) {
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
        durationMs={exam.handedInAt - exam.startedAt}
        onRestart={() => start(exam.caseIds, exam.timeLimitMinutes)}
        onChooseAgain={clearExam}
      />
    );
  }
  return <ExamRun exam={exam} registry={registry} onHandIn={handIn} />;
}

/** `#/exam`: a chosen set of cases, questions in random order, no feedback until handed in, then the result. */
export function ExamScreen() {
  useDocumentTitle('考试模式');
  return (
    <section aria-labelledby="exam-title">
      <h1 id="exam-title">考试模式</h1>
      <RegistryGate>{(registry) => <Exam registry={registry} />}</RegistryGate>
    </section>
  );
}
