// Every case of every lecture, loaded on demand (the case bank, review and exam need them all,
// the home screen none).
import type { CaseStudyData, LectureId, Question } from './types';

const caseModules = import.meta.glob<{ lectureCases: CaseStudyData[] }>('/content/lectures/*/cases.ts');

export interface QuestionRef {
  question: Question;
  caseData: CaseStudyData;
}

export interface CaseRegistry {
  cases: CaseStudyData[];
  byId: Map<string, CaseStudyData>;
  questions: Map<string, QuestionRef>;
}

const lectureOrder: LectureId[] = ['understanding', 'techniques', 'difficult', 'toolbox'];

export function buildRegistry(cases: CaseStudyData[]): CaseRegistry {
  const sorted = [...cases].sort((a, b) => lectureOrder.indexOf(a.lectureId) - lectureOrder.indexOf(b.lectureId));
  const questions = new Map<string, QuestionRef>();
  for (const caseData of sorted)
    for (const question of caseData.questions) questions.set(question.id, { question, caseData });
  return { cases: sorted, byId: new Map(sorted.map((c) => [c.id, c])), questions };
}

let pending: Promise<CaseRegistry> | null = null;
let loaded: CaseRegistry | null = null;

/** The registry if it has already loaded (a deep link starts loading it before the app renders). */
export function loadedCaseRegistry(): CaseRegistry | null {
  return loaded;
}

export function loadCaseRegistry(): Promise<CaseRegistry> {
  pending ??= Promise.all(Object.values(caseModules).map((load) => load()))
    .then((modules) => (loaded = buildRegistry(modules.flatMap((m) => m.lectureCases))))
    .catch((error: unknown) => {
      pending = null; // let a retry load again
      throw error;
    });
  return pending;
}
