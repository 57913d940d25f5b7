import { Analysis } from '../../components/analysis';
import { LegalBasis } from '../../components/legal-basis';
import { seededShuffle } from '../../lib/quiz/shuffle';
import type { Question } from '../../lib/quiz/types';
import { answerLines } from './answer-text';

const letters = 'ABCDEFGHIJ';

/** What the class sees of a question on the projector: the options, without inputs. */
function QuestionBody({ question }: { question: Question }) {
  switch (question.kind) {
    case 'single':
    case 'multiple':
      return (
        <ol className="class-question__options">
          {question.options.map((o, i) => (
            <li key={o.id}>
              <span className="class-question__letter">{letters[i]}.</span> {o.text}
            </li>
          ))}
        </ol>
      );
    case 'truefalse':
      return <p className="class-question__statement">判断：{question.statement}</p>;
    case 'ordering':
      return (
        <ul className="class-question__options">
          {seededShuffle(question.items, question.id).map((item) => (
            <li key={item.id}>{item.text}</li>
          ))}
        </ul>
      );
    case 'matching': {
      const rights = seededShuffle([...new Set(question.pairs.map((p) => p.right))], question.id);
      return (
        <div className="class-question__columns">
          <ul>
            {question.pairs.map((p) => (
              <li key={p.id}>{p.left}</li>
            ))}
          </ul>
          <ul>
            {rights.map((right) => (
              <li key={right}>{right}</li>
            ))}
          </ul>
        </div>
      );
    }
    case 'rewrite':
      return (
        <>
          <p className="class-question__statement">服务忌语：“{question.forbidden}”</p>
          <ol className="class-question__options">
            {question.choices.map((c, i) => (
              <li key={c.id}>
                <span className="class-question__letter">{letters[i]}.</span> {c.text}
              </li>
            ))}
          </ol>
        </>
      );
    case 'roleplay': {
      const start = question.steps.find((s) => s.id === question.start);
      return (
        <>
          <p className="class-question__statement">
            {question.customerName}:{start?.customer.at(-1)?.text}
          </p>
          <p>请全班讨论：第一句话该怎么回应？然后在自己的设备上完成整段情景演练。</p>
        </>
      );
    }
  }
}

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
  return (
    <section className="class-question">
      <h3 className="class-question__prompt">
        {number}. {question.prompt}
      </h3>
      <QuestionBody question={question} />
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
