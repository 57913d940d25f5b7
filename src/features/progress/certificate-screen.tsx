import './progress.css';
import { Link, useSearchParams } from 'react-router';
import { course } from '../../../content/course';
import { RegistryGate } from '../../components/registry-gate';
import { useDocumentTitle } from '../../components/use-document-title';
import { lectures } from '../../lib/content/lectures';
import type { CaseRegistry } from '../../lib/quiz/case-registry';
import { partialize, useAppStore } from '../../store/app-store';
import { cleanName, savedCertificateName } from './certificate-name';
import { certificateNumber, completedAt } from './certificate-number';
import { formatMinutes, summarise } from '../../lib/progress/progress-summary';

const dateFormat = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric' });
const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];

function CertificateView({ registry, name }: { registry: CaseRegistry; name: string }) {
  const state = partialize(useAppStore((s) => s));
  const summary = summarise(lectures, state, registry);
  if (!summary.complete || !name) {
    return (
      <div className="not-found">
        <h1>还不能生成证书</h1>
        <p>{name ? '需要读完全部四讲，并且每个案例都达到 80 分。' : '请先在学习进度页填写证书上的姓名。'}</p>
        <Link className="button button--primary" to="/progress">
          查看学习进度
        </Link>
      </div>
    );
  }
  const totalMs = summary.lectures.reduce((n, l) => n + l.timeMs, 0);
  return (
    <>
      <div className="certificate-tools">
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          打印证书
        </button>{' '}
        <Link className="button" to="/progress">
          返回学习进度
        </Link>
        <span className="hint">打印时请选择“横向”A4 纸。</span>
      </div>
      <article className="certificate" aria-labelledby="certificate-heading">
        <p className="certificate__kicker">结业证书</p>
        <h1 id="certificate-heading" className="certificate__course">
          {course.title}
        </h1>
        <p className="certificate__text">
          {/* <bdi>: a name is the learner's own text; direction marks in it must not turn the sentence round. */}
          兹证明{' '}
          <strong className="certificate__name">
            <bdi>{name}</bdi>
          </strong>{' '}
          已学完本课程全部四讲，并通过全部案例练习，成绩合格，准予结业。
        </p>
        <table className="data-table certificate__table">
          <caption>各讲成绩</caption>
          <thead>
            <tr>
              <th scope="col">讲次</th>
              <th scope="col">阅读</th>
              <th scope="col">案例平均分</th>
            </tr>
          </thead>
          <tbody>
            {summary.lectures.map((l) => (
              <tr key={l.lecture.frontmatter.id}>
                <th scope="row">
                  第{numerals[l.lecture.frontmatter.order - 1]}讲 {l.lecture.frontmatter.title}
                </th>
                <td>已读完</td>
                <td>{l.caseScore} 分</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="certificate__facts">
          学习时长：{formatMinutes(totalMs)} · 结业日期：{dateFormat.format(new Date(completedAt(state)))}
        </p>
        <div className="certificate__signatures">
          <p className="certificate__sign">
            <span className="certificate__line">{course.issuer}</span>
            颁发单位（盖章）
          </p>
          <p className="certificate__sign">
            <span className="certificate__line" />
            讲师签名
          </p>
        </div>
        <p className="certificate__number">证书编号：{certificateNumber(state, name)}</p>
      </article>
    </>
  );
}

/** `#/progress/certificate?name=…`: a certificate on one A4 landscape page. The name comes from the
 * address, or else the one remembered on this device. */
export function CertificateScreen() {
  useDocumentTitle('结业证书');
  const [params] = useSearchParams();
  const name = cleanName(params.get('name') ?? savedCertificateName());
  return <RegistryGate>{(registry) => <CertificateView registry={registry} name={name} />}</RegistryGate>;
}
