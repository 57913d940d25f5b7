import { createElement, type ComponentProps } from 'react';
import { useModule } from '../use-module';
import { type BodyModule, bodySource } from './lecture-body-loaders';
import { type StepPart, stepsOfSlide } from './slide-steps';
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

/**
 * Steps of each slide (index 0 = slide 1), once the lecture's module has loaded (a deck shows a
 * slide only then); an empty list before.
 */
export function slideStepCounts(lecture: Lecture): number[] {
  const loading = bodySource(lecture.file)?.load() as (Promise<BodyModule> & { value?: BodyModule }) | undefined;
  return (loading?.value?.slideSteps ?? []).map(stepsOfSlide);
}

/** In a component: the step parts of each slide, suspending until the lecture's module has loaded. */
export function useSlideSteps(lecture: Lecture): StepPart[][] {
  const source = bodySource(lecture.file);
  if (!source) throw new Error(`没有找到讲义文件 ${lecture.file}`);
  return useModule(source).slideSteps ?? [];
}

/** After a failed load (e.g. offline), forget it so that "retry" really retries. */
export function forgetLectureBody(lecture: Lecture): void {
  bodySource(lecture.file)?.forget();
}
