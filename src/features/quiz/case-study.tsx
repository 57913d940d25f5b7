import type { AttemptMode } from '../../lib/quiz/attempt';
import type { CaseStudyData } from '../../lib/quiz/types';
import { useSlideMode } from '../../components/slides/slide-mode';
import { caseLabel } from './case-label';
import { ClassCaseStudy } from './class-case-study';
import { CaseScore } from './case-summary';
import { QuestionCard } from './question-card';

interface Props {
  data: CaseStudyData;
  mode?: AttemptMode;
  /** Off where the screen shows the title as its own heading. */
  showTitle?: boolean;
  /** On the projector: split a long case card into steps of this many facts. */
  factsPerStep?: number;
}

function focusQuestion(id: string) {
  document.getElementById(`q-${id}`)?.focus();
}

/** A case study: the narrative, its questions with feedback, the score and the key takeaway. */
export function CaseStudy({ data, mode = 'lecture', showTitle = true, factsPerStep }: Props) {
  const slideMode = useSlideMode();
  if (slideMode.kind !== 'reading') return <ClassCaseStudy data={data} factsPerStep={factsPerStep} />;
  return <InteractiveCaseStudy data={data} mode={mode} showTitle={showTitle} />;
}

function InteractiveCaseStudy({ data, mode, showTitle }: Required<Omit<Props, 'factsPerStep'>>) {
  const { narrative } = data;
  return (
    <div className="case-study" aria-label={caseLabel(data)} role="region">
      {showTitle ? <h3 className="case-study__title">{caseLabel(data)}</h3> : null}
      {narrative ? (
        <dl className="case-study__narrative">
          {narrative.date ? (
            <>
              <dt>时间</dt>
              <dd>{narrative.date}</dd>
            </>
          ) : null}
          <dt>客户</dt>
          <dd>{narrative.customer}</dd>
          <dt>诉求</dt>
          <dd>{narrative.demand}</dd>
          <dt>经过</dt>
          <dd>
            <ul>
              {narrative.facts.map((fact) => (
                <li key={fact}>{fact}</li>
              ))}
            </ul>
          </dd>
        </dl>
      ) : null}
      {data.intro ? <p className="case-study__intro">{data.intro}</p> : null}
      <div className="case-study__questions">
        {data.questions.map((question, i) => {
          const following = data.questions[i + 1];
          return (
            <QuestionCard
              key={question.id}
              question={question}
              caseData={data}
              number={i + 1}
              mode={mode}
              next={following ? { label: '下一题', onClick: () => focusQuestion(following.id) } : undefined}
            />
          );
        })}
      </div>
      <CaseScore data={data} />
      <div className="case-study__summary">
        <p className="case-study__summary-title">要点</p>
        <p>{data.summary}</p>
      </div>
    </div>
  );
}
