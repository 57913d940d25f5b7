import { useState } from 'react';
import { Link } from 'react-router';
import { ProgressBar } from '../../components/progress-bar';
import { RegistryGate } from '../../components/registry-gate';
import { useDocumentTitle } from '../../components/use-document-title';
import { lectures } from '../../lib/content/lectures';
import type { CaseRegistry } from '../../lib/quiz/case-registry';
import { PASS_MARK } from '../../lib/quiz/grading';
import { partialize, useAppStore } from '../../store/app-store';
import { BackupPanel } from './backup-panel';
import { formatMinutes, summarise } from '../../lib/progress/progress-summary';

function Certificate({ complete }: { complete: boolean }) {
  const [name, setName] = useState('');
  if (!complete) {
    return <p>读完全部四讲、并且每个案例都达到 {PASS_MARK * 100} 分后，可以在这里生成结业证书。</p>;
  }
  return (
    <form className="certificate-form" onSubmit={(e) => e.preventDefault()} aria-label="生成结业证书">
      <label htmlFor="certificate-name">证书上的姓名</label>
      <input id="certificate-name" type="text" value={name} onChange={(e) => setName(e.target.value)} maxLength={40} />
      {name.trim() ? (
        <Link className="button button--primary" to={`/progress/certificate?name=${encodeURIComponent(name.trim())}`}>
          生成结业证书
        </Link>
      ) : (
        <span className="hint">请先填写姓名。</span>
      )}
    </form>
  );
}

function Dashboard({ registry }: { registry: CaseRegistry }) {
  const state = partialize(useAppStore((s) => s));
  const summary = summarise(lectures, state, registry);
  return (
    <>
      <section className="progress-section" aria-labelledby="overall-title">
        <h2 id="overall-title">总体完成情况</h2>
        <ProgressBar value={summary.readShare} label="全部讲义阅读进度" />
        <p>
          已通过案例 {summary.casesPassed} / {summary.casesTotal} 个(每个案例 {PASS_MARK * 100} 分及格)。
        </p>
        {summary.continueTo ? (
          <p>
            <Link className="button button--primary" to={summary.continueTo.to}>
              {summary.continueTo.label}
            </Link>
          </p>
        ) : (
          <p>全部讲义已读完，全部案例已通过。</p>
        )}
      </section>
      <section className="progress-section" aria-labelledby="lectures-progress-title">
        <h2 id="lectures-progress-title">各讲进度</h2>
        <div className="table-scroll" tabIndex={0} role="region" aria-label="各讲进度表">
          <table className="data-table">
            <caption className="visually-hidden">各讲进度</caption>
            <thead>
              <tr>
                <th scope="col">讲次</th>
                <th scope="col">已读</th>
                <th scope="col">案例</th>
                <th scope="col">学习时长</th>
                <th scope="col">下一步</th>
              </tr>
            </thead>
            <tbody>
              {summary.lectures.map((l) => (
                <tr key={l.lecture.frontmatter.id}>
                  <th scope="row">{l.lecture.frontmatter.title}</th>
                  <td>
                    {l.slidesRead}/{l.slidesTotal} 节({Math.round((l.slidesRead / l.slidesTotal) * 100)}%)
                  </td>
                  <td>
                    通过 {l.casesPassed}/{l.casesTotal} · 平均 {l.caseScore} 分
                  </td>
                  <td>{formatMinutes(l.timeMs)}</td>
                  <td>
                    {l.nextUnread ? (
                      <Link to={`/lectures/${l.lecture.frontmatter.id}/${l.nextUnread}`}>读第 {l.nextUnread} 节</Link>
                    ) : (
                      '已读完'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="progress-section" aria-labelledby="weak-title">
        <h2 id="weak-title">薄弱环节</h2>
        {summary.weakest.length === 0 ? (
          <p>还没有答错的题。</p>
        ) : (
          <ol>
            {summary.weakest.map((t) => (
              <li key={`${t.lectureId}/${t.slide}`}>
                <Link to={`/lectures/${t.lectureId}/${t.slide}`}>{t.heading}</Link>(答错 {t.wrong} 次)
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="progress-section" aria-labelledby="certificate-title">
        <h2 id="certificate-title">结业证书</h2>
        <Certificate complete={summary.complete} />
      </section>
    </>
  );
}

/** `#/progress`: the learner's progress, weak spots, certificate, and backup. */
export function ProgressScreen() {
  useDocumentTitle('学习进度');
  return (
    <div className="progress-page">
      <h1>学习进度</h1>
      <RegistryGate>{(registry) => <Dashboard registry={registry} />}</RegistryGate>
      <BackupPanel />
    </div>
  );
}
