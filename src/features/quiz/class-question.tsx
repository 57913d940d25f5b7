import { Analysis } from '../../components/analysis';
import { LegalBasis } from '../../components/legal-basis';
import { answerLines } from '../../lib/quiz/question-kinds';
import type { Question } from '../../lib/quiz/types';
import { letters } from './kinds/kind-view';
import { viewOf } from './question-kind-views';

/** The answer with the letters the class saw (options in the written order). */
function answerLetters(question: Question): string[] {
  if (question.kind === 'single' || question.kind === 'multiple') {
    const correct = question.kind === 'single' ? [question.correct] : question.correct;
    return question.options.flatMap((o, i) => (correct.includes(o.id) ? [`${letters[i]}. ${o.text}`] : []));
  }
  return answerLines(question);
}

interface Props {
  question: Question;
  number: number;
  revealed: boolean;
  onReveal?: () => void;
}

/** A question shown to the whole class; the instructor reveals the answer and explanation. */
export function ClassQuestion({ question, number, revealed, onReveal }: Props) {
  const { ClassView } = viewOf(question);
  return (
    <section className="class-question">
      <h3 className="class-question__prompt">
        {number}. {question.prompt}
      </h3>
      <ClassView question={question} />
      {revealed ? (
        <div className="class-question__answer" role="status">
          <p>
            <strong>答案：</strong>
            {answerLetters(question).join('；')}
          </p>
          <p>{question.explanation}</p>
          {question.analysis ? <Analysis>{question.analysis}</Analysis> : null}
          {question.legalBasis ? <LegalBasis citations={question.legalBasis} /> : null}
        </div>
      ) : onReveal ? (
        <button type="button" className="button class-question__reveal" onClick={onReveal}>
          显示第 {number} 题答案
        </button>
      ) : null}
    </section>
  );
}
