import { describe, expect, it } from 'vitest';
import { caseLabel } from '../../src/features/quiz/case-label';
import type { CaseStudyData } from '../../src/lib/quiz/types';

const data = (title: string, type: CaseStudyData['type'] = 'case') =>
  ({ id: 'x', lectureId: 'difficult', title, type, questions: [], summary: '' }) as CaseStudyData;

describe('caseLabel', () => {
  it('keeps a title that already says 案例 or 练习', () => {
    expect(caseLabel(data('案例三：套餐转换'))).toBe('案例三：套餐转换');
    expect(caseLabel(data('练习：预防投诉', 'exercise'))).toBe('练习：预防投诉');
  });

  it('prefixes other titles with a full-width colon', () => {
    expect(caseLabel(data('来电显示'))).toBe('案例：来电显示');
    expect(caseLabel(data('六步法排序', 'exercise'))).toBe('练习：六步法排序');
  });
});
