import { describe, expect, it } from 'vitest';
import type { Lecture } from '../../src/lib/content/lectures';
import { readableSlides } from '../../src/lib/content/readable-slides';
import { continuePoint } from '../../src/lib/progress/continue-point';

const lecture = (id: string, count: number, classroomOnly: number[] = []): Lecture =>
  ({
    file: `/${id}.mdx`,
    frontmatter: { id, title: id },
    slides: Array.from({ length: count }, (_, i) => ({
      index: i + 1,
      title: `s${i + 1}`,
      hasNotes: true,
      components: [],
      ...(classroomOnly.includes(i + 1) ? { classroomOnly: true } : {}),
    })),
  }) as unknown as Lecture;

const all = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('continue here', () => {
  const lectures = [lecture('a', 5), lecture('b', 4), lecture('c', 3)];

  it('is nothing before anything has been read', () => {
    expect(continuePoint(lectures, {})).toBeNull();
  });

  it('is where the reader stopped in the lecture read most recently', () => {
    const point = continuePoint(lectures, {
      a: { seen: [1, 2], last: 2, updatedAt: 10 },
      b: { seen: [1, 2, 3], last: 3, updatedAt: 20 },
    });
    expect([point?.lecture.frontmatter.id, point?.slide]).toEqual(['b', 3]);
  });

  it('moves on to the first unread section once that lecture is all read', () => {
    const point = continuePoint(lectures, {
      a: { seen: [1, 2], last: 2, updatedAt: 10 },
      b: { seen: all(4), last: 4, updatedAt: 20 },
    });
    expect([point?.lecture.frontmatter.id, point?.slide]).toEqual(['c', 1]);
    const wrapped = continuePoint(lectures, {
      a: { seen: [1, 2], last: 2, updatedAt: 10 },
      b: { seen: all(4), last: 4, updatedAt: 20 },
      c: { seen: all(3), last: 3, updatedAt: 30 },
    });
    expect([wrapped?.lecture.frontmatter.id, wrapped?.slide]).toEqual(['a', 3]);
  });

  it('skips classroom-only sections, which are not read', () => {
    const withClassroom = lecture('d', 4, [2, 3]);
    expect(readableSlides(withClassroom).map((s) => s.index)).toEqual([1, 4]);
    const point = continuePoint([withClassroom], { d: { seen: [1], last: 2, updatedAt: 5 } });
    expect(point?.slide).toBe(4);
    expect(continuePoint([withClassroom], { d: { seen: [1, 4], last: 4, updatedAt: 5 } })).toBeNull();
  });
});
