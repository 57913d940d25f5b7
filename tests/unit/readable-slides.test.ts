// Classroom-only slides (icebreakers, the instructor's introduction) are not part of the reading:
// counts leave them out, and an address or a saved position naming one lands on the next section.
import { nearestReadable, readableSlides } from '../../src/lib/content/readable-slides';
import { lectures } from '../../src/lib/content/lectures';

const understanding = lectures.find((l) => l.frontmatter.id === 'understanding')!;

describe('readable slides', () => {
  it('leave out the classroom-only slides of a lecture', () => {
    const readable = readableSlides(understanding);
    const classroom = understanding.slides.filter((s) => s.classroomOnly);
    expect(classroom.length).toBeGreaterThan(0);
    expect(readable).toHaveLength(understanding.slides.length - classroom.length);
    expect(readable.some((s) => s.classroomOnly)).toBe(false);
  });

  it('land a classroom-only slide on the next section that is read, and keep a read one', () => {
    const readable = readableSlides(understanding);
    const classroom = understanding.slides.find((s) => s.classroomOnly)!;
    const next = readable.find((s) => s.index > classroom.index)!;
    expect(nearestReadable(readable, classroom.index)).toBe(next.index);
    expect(nearestReadable(readable, next.index)).toBe(next.index);
    expect(nearestReadable(readable, 999)).toBe(readable.at(-1)!.index);
  });
});
