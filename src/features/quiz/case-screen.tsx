import { Link, useParams } from 'react-router';
import { NotFoundScreen } from '../../components/not-found-screen';
import { useDocumentTitle } from '../../components/use-document-title';
import type { CaseRegistry } from '../../lib/quiz/case-registry';
import { CaseStudy } from './case-study';
import { lectureName } from './lecture-names';
import { RegistryGate } from '../../components/registry-gate';

function CaseView({ registry, caseId }: { registry: CaseRegistry; caseId: string }) {
  const data = registry.byId.get(caseId);
  useDocumentTitle(data ? data.title : '找不到这个案例');
  if (!data) return <NotFoundScreen title="找不到这个案例" message={`案例库中没有编号为“${caseId}”的案例。`} />;
  return (
    <article aria-labelledby="case-title">
      <p className="breadcrumb">
        <Link to="/cases">案例练习</Link> › {lectureName(data.lectureId)}
      </p>
      <h1 id="case-title">{data.title}</h1>
      <CaseStudy data={data} mode="bank" showTitle={false} />
    </article>
  );
}

/** `#/cases/:caseId`: one case on its own. */
export function CaseScreen() {
  const { caseId = '' } = useParams();
  return <RegistryGate>{(registry) => <CaseView registry={registry} caseId={caseId} />}</RegistryGate>;
}
