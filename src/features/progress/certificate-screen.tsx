import './progress.css';
import { Link, useSearchParams } from 'react-router';
import { course } from '../../../content/course';
import { RegistryGate } from '../../components/registry-gate';
import { useDocumentTitle } from '../../components/use-document-title';
import { lectures } from '../../lib/content/lectures';
import type { CaseRegistry } from '../../lib/quiz/case-registry';
import { partialize, useAppStore } from '../../store/app-store';
import { summarise } from './progress-summary';

const dateFormat = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric' });

function CertificateView({ registry, name }: { registry: CaseRegistry; name: string }) {
  const summary = summarise(lectures, partialize(useAppStore((s) => s)), registry);
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
  return (
    <>
      <div className="certificate-tools">
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          打印证书
        </button>{' '}
        <Link className="button" to="/progress">
          返回学习进度
        </Link>
      </div>
      <article className="certificate" aria-labelledby="certificate-heading">
        <p className="certificate__kicker">结业证书</p>
        <h1 id="certificate-heading" className="certificate__course">
          {course.title}
        </h1>
        <p className="certificate__text">
          兹证明 <strong className="certificate__name">{name}</strong> 已学完本课程全部四讲，并通过全部案例练习。
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
                <th scope="row">{l.lecture.frontmatter.title}</th>
                <td>已读完</td>
                <td>{l.caseScore} 分</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="certificate__date">{dateFormat.format(new Date())}</p>
      </article>
    </>
  );
}

/** `#/progress/certificate?name=…`: a certificate that prints on one A4 page. */
export function CertificateScreen() {
  useDocumentTitle('结业证书');
  const [params] = useSearchParams();
  const name = (params.get('name') ?? '').trim().slice(0, 40);
  return <RegistryGate>{(registry) => <CertificateView registry={registry} name={name} />}</RegistryGate>;
}
