import './progress.css';
import { Link } from 'react-router';
import { ProgressBar } from '../../components/progress-bar';
import { RegistryGate } from '../../components/registry-gate';
import { useDocumentTitle } from '../../components/use-document-title';
import { lectures } from '../../lib/content/lectures';
import type { CaseRegistry } from '../../lib/quiz/case-registry';
import { PASS_MARK } from '../../lib/quiz/grading';
import { partialize, useAppStore } from '../../store/app-store';
import { BackupPanel } from './backup-panel';
import { CertificateForm } from './certificate-form';
import { type CourseSummary, formatMinutes, summarise } from '../../lib/progress/progress-summary';

/** How far the learner is from the certificate, with the way to each missing piece. */
function CertificateDistance({ summary }: { summary: CourseSummary }) {
  const unreadLectures = summary.lectures.filter((l) => l.nextUnread !== null);
  const shown = summary.casesToPass.slice(0, 5);
  const missing = [
    summary.slidesLeft > 0 ? `${summary.slidesLeft} 节没读` : null,
    summary.casesToPass.length > 0 ? `${summary.casesToPass.length} 个案例未达到 ${PASS_MARK * 100} 分` : null,
  ].filter((part) => part !== null);
  return (
    <div className="certificate-distance">
      <p>
        读完全部四讲、并且每个案例都达到 {PASS_MARK * 100} 分，就可以生成结业证书。
        <strong>还差 {missing.join('、')}。</strong>
      </p>
      {unreadLectures.length > 0 ? (
        <ul className="certificate-distance__list" aria-label="还没读完的讲">
          {unreadLectures.map((l) => (
            <li key={l.lecture.frontmatter.id}>
              <Link to={`/lectures/${l.lecture.frontmatter.id}/${l.nextUnread}`}>{l.lecture.frontmatter.title}</Link>
              ：还有 {l.slidesTotal - l.slidesRead} 节
            </li>
          ))}
        </ul>
      ) : null}
      {shown.length > 0 ? (
        <ul className="certificate-distance__list" aria-label="还没通过的案例">
          {shown.map((c) => (
            <li key={c.id}>
              <Link to={`/cases/${c.id}`}>{c.title}</Link>：现在 {c.score} 分
            </li>
          ))}
          {summary.casesToPass.length > shown.length ? (
            <li>
              <Link to="/cases">查看全部 {summary.casesToPass.length} 个未通过的案例</Link>
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
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
          已通过案例 {summary.casesPassed} / {summary.casesTotal} 个（每个案例 {PASS_MARK * 100} 分及格）。
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
          <table className="data-table lecture-progress">
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
                  <td data-label="已读">
                    {l.slidesRead}/{l.slidesTotal} 节（{Math.round((l.slidesRead / l.slidesTotal) * 100)}%）
                  </td>
                  <td data-label="案例">
                    通过 {l.casesPassed}/{l.casesTotal} · 平均 {l.caseScore} 分
                  </td>
                  <td data-label="学习时长">{formatMinutes(l.timeMs)}</td>
                  <td data-label="下一步">
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
          <p>目前没有答错未改正的题。</p>
        ) : (
          <ol>
            {summary.weakest.map((t) => (
              <li key={`${t.lectureId}/${t.slide}`}>
                <Link to={`/lectures/${t.lectureId}/${t.slide}`}>{t.heading}</Link>（答错 {t.wrong} 次）
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="progress-section" aria-labelledby="certificate-title">
        <h2 id="certificate-title">结业证书</h2>
        {summary.complete ? <CertificateForm /> : <CertificateDistance summary={summary} />}
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
