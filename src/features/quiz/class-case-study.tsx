import { useSlideMode } from '../../components/slides/slide-mode';
import { casePages } from '../../lib/content/slide-steps';
import type { CaseStudyData } from '../../lib/quiz/types';
import { caseLabel } from './case-label';
import { ClassQuestion } from './class-question';

interface Props {
  data: CaseStudyData;
  /** Split a long case card: this many facts per step (AUTHORING.md, "Case studies on the projector"). */
  factsPerStep?: number;
}

/**
 * A case study on the projector or in print, one step at a time (the steps are counted from the
 * same data, src/lib/content/slide-steps.ts): first the case card, the customer's demand set apart,
 * then each question on its own. The slide's heading names the case, so the card does not.
 */
export function ClassCaseStudy({ data, factsPerStep }: Props) {
  const mode = useSlideMode();
  // Handouts (print with notes) carry the answers for the instructor.
  const printAnswers = mode.kind === 'print' && mode.showNotes;
  const { narrative } = data;
  const facts = narrative?.facts ?? [];
  const pages = casePages(facts.length, factsPerStep);
  const step = Math.max(0, mode.revealed ?? 0);
  if (step < pages) {
    const perPage = factsPerStep && factsPerStep > 0 ? factsPerStep : facts.length;
    const shown = facts.slice(step * perPage, (step + 1) * perPage);
    return (
      <div className="class-case class-case__card" role="region" aria-label={caseLabel(data)}>
        {narrative ? (
          <>
            <p className="class-case__customer">
              <span className="class-case__label">客户</span>
              {narrative.customer}
              {narrative.date ? `（${narrative.date}）` : null}
            </p>
            <p className="class-case__demand">
              <span className="class-case__label">诉求</span>
              {narrative.demand}
            </p>
            {shown.length > 0 ? (
              <ul className="class-case__facts" aria-label="经过">
                {shown.map((fact) => (
                  <li key={fact}>{fact}</li>
                ))}
              </ul>
            ) : null}
            {pages > 1 ? (
              <p className="class-case__step">
                经过 {step + 1} / {pages}
              </p>
            ) : null}
          </>
        ) : null}
        {data.intro && step === 0 ? <p>{data.intro}</p> : null}
        {!narrative && !data.intro ? <p>共 {data.questions.length} 题，请看下一步。</p> : null}
      </div>
    );
  }
  const index = Math.min(step - pages, data.questions.length - 1);
  const question = data.questions[index];
  return (
    <div className="class-case" role="region" aria-label={caseLabel(data)}>
      <p className="class-case__step">
        第 {index + 1} / {data.questions.length} 题
      </p>
      <ClassQuestion
        key={question.id}
        question={question}
        number={index + 1}
        revealed={printAnswers || (mode.revealedAnswers ?? []).includes(question.id)}
        onReveal={mode.onRevealAnswer ? () => mode.onRevealAnswer!(question.id) : undefined}
      />
    </div>
  );
}
