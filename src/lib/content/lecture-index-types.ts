import type { SlideInfo } from '../mdx/describe-slides.ts';
import type { LectureFrontmatter } from './frontmatter-schema.ts';

/** One lecture as the build-time index describes it. */
export interface LectureIndexEntry {
  /** Root-relative path of the MDX file, the key of the lazy body loaders. */
  file: string;
  frontmatter: LectureFrontmatter;
  slides: SlideInfo[];
}
