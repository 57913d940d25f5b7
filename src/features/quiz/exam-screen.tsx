import { useEffect, useRef, useState } from 'react';
import { useDocumentTitle } from '../../components/use-document-title';
import type { Grade } from '../../lib/quiz/answers';
import type { CaseRegistry, QuestionRef } from '../../lib/quiz/case-registry';
import { shuffle } from '../../lib/quiz/shuffle';
import { ExamChooser } from './exam-chooser';
import { ExamResult } from './exam-result';
import { QuestionCard } from './question-card';
import { RegistryGate } from '../../components/registry-gate';
import { focusInPlace } from '../../lib/dom/own-window-scroll';

type Phase = 'choose' | 'run' | 'result';

function Exam({ registry }: { registry: CaseRegistry }) {
  const [phase, setPhase] = useState<Phase>('choose');
  const [chosen, setChosen] = useState<string[]>([]);
  const [queue, setQueue] = useState<QuestionRef[]>([]);
  const [index, setIndex] = useState(0);
  const [grades, setGrades] = useState<Record<string, Grade>>({});
  const [time, setTime] = useState({ start: 0, end: 0 });
  const progressRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (phase === 'run') focusInPlace(progressRef.current);
  }, [phase, index]);

  const start = (caseIds: string[]) => {
    const questions = caseIds.flatMap((id) => {
      const caseData = registry.byId.get(id)!;
      return caseData.questions.map((question) => ({ question, caseData }));
    });
    // Exam mode: a fresh random question order every time.
    setChosen(caseIds);
    setQueue(shuffle(questions));
    setIndex(0);
    setGrades({});
    setTime({ start: Date.now(), end: 0 });
    setPhase('run');
  };

  if (phase === 'choose') return <ExamChooser registry={registry} initial={chosen} onStart={start} />;
  if (phase === 'result') {
    return (
      <ExamResult
        queue={queue}
        grades={grades}
        durationMs={time.end - time.start}
        onRestart={() => start(chosen)}
        onChooseAgain={() => setPhase('choose')}
      />
    );
  }

  const current = queue[index];
  const last = index === queue.length - 1;
  return (
    <div className="exam">
      <p className="exam__progress" ref={progressRef} tabIndex={-1}>
        第 {index + 1} / {queue.length} 题 · 来自“{current.caseData.title}”
      </p>
      <QuestionCard
        key={current.question.id}
        question={current.question}
        caseData={current.caseData}
        number={index + 1}
        mode="exam"
        showFeedback={false}
        onGraded={(grade) => setGrades((g) => ({ ...g, [current.question.id]: grade }))}
        next={{
          label: last ? '交卷，查看成绩' : '下一题',
          onClick: () => {
            if (last) {
              setTime((t) => ({ ...t, end: Date.now() }));
              setPhase('result');
            } else setIndex(index + 1);
          },
        }}
      />
    </div>
  );
}

/** `#/exam`: a chosen set of cases, questions in random order, then a result screen. */
export function ExamScreen() {
  useDocumentTitle('考试模式');
  return (
    <section aria-labelledby="exam-title">
      <h1 id="exam-title">考试模式</h1>
      <RegistryGate>{(registry) => <Exam registry={registry} />}</RegistryGate>
    </section>
  );
}
