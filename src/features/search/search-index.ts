// What the course search looks through: every section of every lecture (text extracted at build
// time), every case, and every handbook entry and part.
import { lectureText } from 'virtual:lecture-text';
import { handbookParts, recordText } from '../../lib/handbook/handbook-parts';
import { lectures } from '../../lib/content/lectures';
import { readableSlides } from '../../lib/content/readable-slides';
import type { CaseRegistry } from '../../lib/quiz/case-registry';
import { matchesAny } from '../../lib/search/text-search';

export type ResultGroup = 'lectures' | 'cases' | 'handbook';

export const groupTitles: Record<ResultGroup, string> = {
  lectures: '讲义',
  cases: '案例',
  handbook: '速查手册',
};

export interface SearchEntry {
  group: ResultGroup;
  title: string;
  /** Where it is, e.g. 第二讲 投诉处理的基本技巧 · 第 5 节. */
  where: string;
  text: string;
  /** The route it links to; `{q}` is replaced by the query. */
  to: string;
}

const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];
const lectureName = (order: number, title: string) => `第${numerals[order - 1] ?? order}讲 ${title}`;

export function buildSearchIndex(registry: CaseRegistry): SearchEntry[] {
  const entries: SearchEntry[] = [];
  for (const lecture of lectures) {
    const { id, order, title } = lecture.frontmatter;
    const texts = lectureText[id] ?? [];
    for (const slide of readableSlides(lecture)) {
      entries.push({
        group: 'lectures',
        title: slide.title || `第 ${slide.index} 节`,
        where: `${lectureName(order, title)} · 第 ${slide.index} 节`,
        text: texts[slide.index - 1] ?? '',
        to: `/lectures/${id}/${slide.index}`,
      });
    }
  }
  for (const data of registry.cases) {
    const lecture = lectures.find((l) => l.frontmatter.id === data.lectureId);
    const n = data.narrative;
    entries.push({
      group: 'cases',
      title: data.title,
      where: lecture ? lectureName(lecture.frontmatter.order, lecture.frontmatter.title) : '',
      // The story and the questions, never the answers or the key point (no spoilers).
      text: [
        data.intro ?? '',
        n?.customer ?? '',
        n?.demand ?? '',
        ...(n?.facts ?? []),
        ...data.questions.map((q) => q.prompt),
      ]
        .filter(Boolean)
        .join(' '),
      to: `/cases/${data.id}`,
    });
  }
  for (const part of Object.values(handbookParts) as {
    id: string;
    title: string;
    records: readonly object[];
    label: (r: never) => string;
  }[]) {
    entries.push({
      group: 'handbook',
      title: part.title,
      where: '速查手册',
      text: '',
      to: `/handbook?part=${part.id}`,
    });
    for (const record of part.records) {
      entries.push({
        group: 'handbook',
        title: part.label(record as never),
        where: `速查手册 · ${part.title}`,
        text: recordText(record),
        to: `/handbook?q={q}`,
      });
    }
  }
  return entries;
}

export function search(index: SearchEntry[], terms: readonly string[]): SearchEntry[] {
  if (terms.length === 0) return [];
  return index.filter((entry) => matchesAny(`${entry.title} ${entry.text}`, terms));
}
