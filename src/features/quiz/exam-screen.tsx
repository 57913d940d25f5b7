import { RegistryGate } from '../../components/registry-gate';
import { useDocumentTitle } from '../../components/use-document-title';
import { ExamFlow } from './exam-flow';

/** `#/exam`: a chosen set of cases, questions in random order, no feedback until handed in, then the result. */
export function ExamScreen() {
  useDocumentTitle('考试模式');
  return (
    <section aria-labelledby="exam-title">
      <h1 id="exam-title">考试模式</h1>
      <RegistryGate>{(registry) => <ExamFlow registry={registry} />}</RegistryGate>
    </section>
  );
}
