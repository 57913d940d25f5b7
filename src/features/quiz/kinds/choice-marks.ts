import type { ChoiceMark } from '../inputs/choice-input';

/**
 * Marks after grading: each pick right or wrong; once the learner asks for the answer, also the
 * right options they did not pick.
 */
export function choiceMarks(selected: string[], correct: string[], showMissed: boolean): Record<string, ChoiceMark> {
  const marks: Record<string, ChoiceMark> = {};
  for (const id of selected) marks[id] = correct.includes(id) ? 'right' : 'wrong';
  if (showMissed) for (const id of correct) if (!selected.includes(id)) marks[id] = 'missed';
  return marks;
}
