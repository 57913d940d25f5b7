import { lectures } from '../../lib/content/lectures';
import type { LectureId } from '../../lib/quiz/types';

const chineseNumbers = ['一', '二', '三', '四'];

/** “第一讲 学会理解投诉” for a lecture id. */
export function lectureName(id: LectureId): string {
  const lecture = lectures.find((l) => l.frontmatter.id === id);
  if (!lecture) return id;
  return `第${chineseNumbers[lecture.frontmatter.order - 1]}讲 ${lecture.frontmatter.title}`;
}
