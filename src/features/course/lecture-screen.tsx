import { useParams } from 'react-router';
import { NotFoundScreen } from '../../components/not-found-screen';
import { findLecture } from '../../lib/content/lectures';
import type { MdxComponents } from './lecture-body';
import { LectureReader } from './lecture-reader';

/** `#/lectures/:lectureId/:slide?` — validates the address, then shows the reading view. */
export function LectureScreen({ components }: { components: MdxComponents }) {
  const { lectureId, slide } = useParams();
  const lecture = findLecture(lectureId);
  if (!lecture) {
    return <NotFoundScreen title="找不到这一讲" message={`课程中没有编号为“${lectureId ?? ''}”的讲次。`} />;
  }
  const count = lecture.slides.length;
  let requested: number | null = null;
  if (slide !== undefined) {
    const n = Number(slide);
    if (!Number.isInteger(n) || n < 1 || n > count) {
      return (
        <NotFoundScreen
          title="找不到这一节"
          message={`《${lecture.frontmatter.title}》共 ${count} 节，没有“第 ${slide} 节”。`}
        />
      );
    }
    requested = n;
  }
  return <LectureReader key={lecture.file} lecture={lecture} requested={requested} components={components} />;
}
