import type { CaseStudyData } from '../../lib/quiz/types';

/** “案例：…” or “练习：…”, unless the title already says which it is (e.g. “案例三：套餐转换”). */
export function caseLabel(data: CaseStudyData): string {
  if (/^(案例|练习)/.test(data.title)) return data.title;
  return `${data.type === 'case' ? '案例' : '练习'}：${data.title}`;
}
