import type { ChoiceMark } from '../inputs/choice-input';

/**
 * Marks after grading: each pick right or wrong; when the learner was wrong and asked for the
 * answer, or for multiple choice always, the right options they missed as well.
 */
export function choiceMarks(selected: string[], correct: string[], showMissed: boolean): Record<string, ChoiceMark> {
  const marks: Record<string, ChoiceMark> = {};
  for (const id of selected) marks[id] = correct.includes(id) ? 'right' : 'wrong';
  if (showMissed) for (const id of correct) if (!selected.includes(id)) marks[id] = 'missed';
  return marks;
}
