import { createElement, type ComponentProps } from 'react';
import { useModule } from '../use-module';
import { bodySource } from './lecture-body-loaders';
import { type Lecture, lectures, type MdxBody } from './lectures';

function bodyComponent(lecture: Lecture): MdxBody {
  // Reads the lecture's module source: renders at once when the body has already loaded.
  function LectureBodyModule(props: ComponentProps<MdxBody>) {
    const source = bodySource(lecture.file);
    if (!source) throw new Error(`没有找到讲义文件 ${lecture.file}`);
    return createElement(useModule(source).default, props);
  }
  return LectureBodyModule;
}

/** One component per lecture body, made once at load so that re-renders never reload it. */
export const lectureBodies: Record<string, MdxBody> = Object.fromEntries(
  lectures.map((lecture) => [lecture.file, bodyComponent(lecture)]),
);

/** After a failed load (e.g. offline), forget it so that "retry" really retries. */
export function forgetLectureBody(lecture: Lecture): void {
  bodySource(lecture.file)?.forget();
}
