// How many presses of → a slide takes before the next slide: counted from data the build
// collects (remark-slides exports `slideSteps` from each lecture module), never from the page.

interface CaseSteps {
  questions: readonly unknown[];
  narrative?: { facts: readonly unknown[] };
}

/** What on a slide takes steps: its <Reveal> blocks, and each case (its card, then its questions). */
export type StepPart = { reveals: number } | { case: CaseSteps; factsPerStep?: number };

/** The steps a case card takes: all facts at once, or `factsPerStep` at a time. */
export function casePages(facts: number, factsPerStep?: number): number {
  return factsPerStep && factsPerStep > 0 ? Math.max(1, Math.ceil(facts / factsPerStep)) : 1;
}

/** Steps after a slide's first view: extra card pages, then one per question. */
export function stepsOfPart(part: StepPart): number {
  if ('reveals' in part) return part.reveals;
  return casePages(part.case.narrative?.facts.length ?? 0, part.factsPerStep) - 1 + part.case.questions.length;
}

export function stepsOfSlide(parts: readonly StepPart[] | undefined): number {
  return (parts ?? []).reduce((sum, part) => sum + stepsOfPart(part), 0);
}

/**
 * The steps a printed slide shows, one page each: a case's card and each question (as on the
 * projector); otherwise the first view, where print shows every <Reveal> at once.
 */
export function printedSteps(parts: readonly StepPart[] | undefined): number[] {
  const hasCase = (parts ?? []).some((part) => 'case' in part);
  if (!hasCase) return [0];
  return Array.from({ length: stepsOfSlide(parts) + 1 }, (_, step) => step);
}
