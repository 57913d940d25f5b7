import { useSlideMode } from '../../components/slides/slide-mode';
import type { CaseStudyData } from '../../lib/quiz/types';
import { caseLabel } from './case-label';
import { ClassQuestion } from './class-question';

/** A case study on the projector or in print: narrative and questions for the class to discuss. */
export function ClassCaseStudy({ data }: { data: CaseStudyData }) {
  const mode = useSlideMode();
  // Handouts (print with notes) carry the answers for the instructor.
  const printAnswers = mode.kind === 'print' && mode.showNotes;
  const { narrative } = data;
  return (
    <div className="class-case" role="region" aria-label={caseLabel(data)}>
      <p className="class-case__title">{caseLabel(data)}</p>
      {narrative ? (
        <ul className="class-case__facts">
          {narrative.date ? <li>时间：{narrative.date}</li> : null}
          <li>客户：{narrative.customer}</li>
          <li>诉求：{narrative.demand}</li>
          {narrative.facts.map((fact) => (
            <li key={fact}>{fact}</li>
          ))}
        </ul>
      ) : null}
      {data.intro ? <p>{data.intro}</p> : null}
      {data.questions.map((question, i) => (
        <ClassQuestion
          key={question.id}
          question={question}
          number={i + 1}
          revealed={printAnswers || (mode.revealedAnswers ?? []).includes(question.id)}
          onReveal={mode.onRevealAnswer ? () => mode.onRevealAnswer!(question.id) : undefined}
        />
      ))}
    </div>
  );
}
