import { useState } from 'react';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../components/use-document-title';
import type { CaseRegistry } from '../../lib/quiz/case-registry';
import { isDue } from '../../lib/quiz/review-schedule';
import { useAppStore } from '../../store/app-store';
import { QuestionCard } from './question-card';
import { RegistryGate } from '../../components/registry-gate';

const dateFormat = new Intl.DateTimeFormat('zh-CN', { month: 'long', day: 'numeric' });

function ReviewSession({
  registry,
  questionIds,
  onDone,
}: {
  registry: CaseRegistry;
  questionIds: string[];
  onDone: () => void;
}) {
  const [index, setIndex] = useState(0);
  const ref = registry.questions.get(questionIds[index])!;
  const last = index === questionIds.length - 1;
  return (
    <div className="review-session">
      <p>
        重做第 {index + 1} / {questionIds.length} 题 · 来自“{ref.caseData.title}”
        <button type="button" className="button button--small" onClick={onDone}>
          结束重做
        </button>
      </p>
      <QuestionCard
        key={ref.question.id}
        question={ref.question}
        caseData={ref.caseData}
        number={index + 1}
        mode="review"
        next={{
          label: last ? '完成' : '下一题',
          onClick: () => {
            if (last) onDone();
            else setIndex(index + 1);
          },
        }}
      />
    </div>
  );
}

function Notebook({ registry }: { registry: CaseRegistry }) {
  const review = useAppStore((s) => s.review);
  const [now] = useState(() => Date.now());
  const [session, setSession] = useState<string[] | null>(null);
  // Only questions that still exist in the course (content may have changed since).
  const entries = Object.entries(review).filter(([id]) => registry.questions.has(id));
  const wrong = entries.filter(([, e]) => e.lastWrong).map(([id]) => id);
  const due = entries.filter(([, e]) => isDue(e, now)).map(([id]) => id);

  if (session) return <ReviewSession registry={registry} questionIds={session} onDone={() => setSession(null)} />;

  return (
    <>
      <p className="review__summary" role="status">
        答错待重做 {wrong.length} 题 · 今天到期复习 {due.length} 题 · 复习计划中共 {entries.length} 题
      </p>
      <p className="question__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={wrong.length === 0}
          onClick={() => setSession(wrong)}
        >
          只重做答错的题
        </button>
        <button type="button" className="button" disabled={due.length === 0} onClick={() => setSession(due)}>
          复习到期的题
        </button>
      </p>
      {entries.length === 0 ? (
        <p>
          错题本是空的。在<Link to="/cases">案例练习</Link>或讲义中答错的题会自动记在这里，并按间隔复习法安排重做。
        </p>
      ) : (
        <ul className="review__list">
          {entries.map(([id, entry]) => {
            const { question, caseData } = registry.questions.get(id)!;
            return (
              <li key={id} className="review__item">
                <p className="review__prompt">{question.prompt}</p>
                <p className="review__meta">
                  案例：<Link to={`/cases/${caseData.id}`}>{caseData.title}</Link> · 答错 {entry.wrongCount} 次 ·{' '}
                  {entry.lastWrong ? '最近一次答错' : '已重做正确'} ·{' '}
                  {isDue(entry, now) ? '今天复习' : `下次复习：${dateFormat.format(entry.due)}`}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

/** `#/review`: the mistake notebook (错题本) with a Leitner-box review schedule. */
export function ReviewScreen() {
  useDocumentTitle('错题本');
  return (
    <section aria-labelledby="review-title">
      <h1 id="review-title">错题本</h1>
      <p>答错过的题都在这里。重做答对后，题目会按 1 天、3 天、7 天、14 天的间隔再出现，连续答对就从复习计划中移除。</p>
      <RegistryGate>{(registry) => <Notebook registry={registry} />}</RegistryGate>
    </section>
  );
}
