import { LectureScreen } from '../features/course/lecture-screen';
import { mdxComponents } from './mdx-components';

/** The reading view with the app's MDX components (composed here so features stay independent). */
export function LectureRoute() {
  return <LectureScreen components={mdxComponents} />;
}
