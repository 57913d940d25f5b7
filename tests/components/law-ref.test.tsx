import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { Analysis } from '../../src/components/analysis';
import { LawRef } from '../../src/components/law-ref';
import { LegalBasis } from '../../src/components/legal-basis';
import { FeedbackPanel } from '../../src/features/quiz/feedback-panel';
import type { Question } from '../../src/lib/quiz/types';

describe('LawRef: a citation with its status today', () => {
  it('shows a repealed provision with the 《民法典》 articles that replaced it', () => {
    render(<LawRef law="contract" article="第一百一十七条第二款" />);
    expect(screen.getByText('《合同法》第一百一十七条第二款')).toBeInTheDocument();
    expect(screen.getByText('已废止（2021-01-01 起由《民法典》第一百八十条、第五百九十条规定）')).toBeInTheDocument();
  });

  it('falls back to the law’s own status when no provision is named', () => {
    render(<LawRef law="consumer" />);
    expect(screen.getByText('《消费者权益保护法》')).toBeInTheDocument();
    expect(screen.getByText('已修订（2013；2014-03-15 起施行）')).toBeInTheDocument();
  });

  it('marks the 2007 telecom standard as a dated example, not today’s rule', () => {
    render(<LawRef law="telecom-service-standard" article="2.8" />);
    expect(screen.getByText('2007 年的标准，今天以现行标准为准')).toBeInTheDocument();
  });

  it('marks 《民法典》 as current', () => {
    render(<LawRef law="civil-code" article="第四百九十六条" />);
    expect(screen.getByText('现行（2021-01-01 起施行）')).toBeInTheDocument();
  });
});

describe('LegalBasis: a question’s 法律依据', () => {
  it('lists each citation with its status and says when the source named no law', () => {
    render(
      <LegalBasis
        citations={[
          { law: 'contract', article: '第一百一十七条第二款', text: '不可抗力是指……' },
          { text: '服务承诺视为补充条款。' },
        ]}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(/《合同法》第一百一十七条第二款.*已废止.*不可抗力是指……/);
    expect(items[1]).toHaveTextContent('2007 年教材未注明出处服务承诺视为补充条款。');
  });
});

describe('Analysis: the 课程分析 marker', () => {
  it('labels its content as the course’s analysis', () => {
    render(<Analysis>这是课程自己的判断。</Analysis>);
    const note = screen.getByRole('note', { name: '课程分析' });
    expect(note).toHaveTextContent('课程分析这是课程自己的判断。');
  });
});

describe('FeedbackPanel shows the analysis marker and the cited law’s status', () => {
  it('renders analysis after the explanation and legalBasis through LawRef', () => {
    const question: Question = {
      id: 'demo-q1',
      kind: 'truefalse',
      prompt: '判断',
      statement: '地震属于不可抗力。',
      correct: true,
      explanation: '解析正文。',
      analysis: '这是课程自己的判断。',
      legalBasis: [{ law: 'contract', article: '第一百一十七条第二款', text: '不可抗力是指……' }],
      section: { slide: 1, heading: '学习目标' },
    };
    render(
      <MemoryRouter>
        <FeedbackPanel
          question={question}
          lectureId="difficult"
          grade={{ correct: true, score: 1 }}
          answer={null}
          revealed
        />
      </MemoryRouter>,
    );
    expect(screen.getByRole('note', { name: '课程分析' })).toHaveTextContent('这是课程自己的判断。');
    expect(screen.getByText(/已废止（2021-01-01 起由《民法典》第一百八十条、第五百九十条规定）/)).toBeInTheDocument();
  });
});
