import { caseResult, caseStatusLabels } from '../../lib/quiz/case-scores';
import { PASS_MARK } from '../../lib/quiz/grading';
import type { CaseStudyData } from '../../lib/quiz/types';
import { useAppStore } from '../../store/app-store';

/** The case's score against the 80% pass mark, from the saved attempts. */
export function CaseScore({ data }: { data: CaseStudyData }) {
  const attempts = useAppStore((s) => s.attempts);
  const result = caseResult(data, attempts);
  return (
    <p className={`case-score case-score--${result.status}`}>
      <span className="case-score__status">{caseStatusLabels[result.status]}</span>
      已答 {result.answered}/{result.total} 题 · 当前得分 {result.score} 分 · 最好成绩 {result.bestScore} 分 · 及格线{' '}
      {PASS_MARK * 100} 分
    </p>
  );
}

/** The case's key point (要点): it gives the answers away, so it appears once every question is answered. */
export function CaseSummary({ data }: { data: CaseStudyData }) {
  const attempts = useAppStore((s) => s.attempts);
  const { answered, total } = caseResult(data, attempts);
  if (answered < total)
    return <p className="case-study__summary-hint">答完本案例的全部题目后，这里会显示本案例的要点。</p>;
  return (
    <div className="case-study__summary">
      <p className="case-study__summary-title">要点</p>
      <p>{data.summary}</p>
    </div>
  );
}
