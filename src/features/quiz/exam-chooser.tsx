import { useState } from 'react';
import { lectures } from '../../lib/content/lectures';
import type { CaseRegistry } from '../../lib/quiz/case-registry';
import { lectureName } from './lecture-names';

interface Props {
  registry: CaseRegistry;
  initial: string[];
  onStart: (caseIds: string[]) => void;
}

/** Pick the cases an exam draws its questions from. */
export function ExamChooser({ registry, initial, onStart }: Props) {
  const [selected, setSelected] = useState<string[]>(initial);
  const [problem, setProblem] = useState('');
  const toggle = (id: string, on: boolean) => {
    setProblem('');
    setSelected((s) => (on ? [...s, id] : s.filter((x) => x !== id)));
  };
  const questionCount = registry.cases
    .filter((c) => selected.includes(c.id))
    .reduce((n, c) => n + c.questions.length, 0);

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (selected.length === 0) setProblem('请至少选择一个案例。');
        else onStart(selected);
      }}
      noValidate
    >
      <p>选择要考的案例。题目会打乱顺序逐题出现，交卷后统一显示成绩、用时和错题解析。</p>
      <p>
        <button
          type="button"
          className="button button--small"
          onClick={() => setSelected(registry.cases.map((c) => c.id))}
        >
          全选
        </button>{' '}
        <button type="button" className="button button--small" onClick={() => setSelected([])}>
          清空
        </button>
      </p>
      {lectures.map((lecture) => {
        const cases = registry.cases.filter((c) => c.lectureId === lecture.frontmatter.id);
        if (cases.length === 0) return null;
        return (
          <fieldset key={lecture.frontmatter.id} className="exam__group">
            <legend>{lectureName(lecture.frontmatter.id)}</legend>
            {cases.map((c) => (
              <div className="choice" key={c.id}>
                <input
                  type="checkbox"
                  id={`exam-${c.id}`}
                  checked={selected.includes(c.id)}
                  onChange={(e) => toggle(c.id, e.target.checked)}
                />
                <label htmlFor={`exam-${c.id}`}>
                  {c.title}（{c.questions.length} 题）
                </label>
              </div>
            ))}
          </fieldset>
        );
      })}
      {problem ? (
        <p className="question__problem" role="alert">
          {problem}
        </p>
      ) : null}
      <p className="exam__start">
        <button type="submit" className="button button--primary">
          开始考试{questionCount > 0 ? `（共 ${questionCount} 题）` : ''}
        </button>
      </p>
    </form>
  );
}
