import { describe, expect, it } from 'vitest';
import { formatVoiceFinding, voiceFindings } from '../../scripts/content-lint/voice';
import { unitsByGroup } from './learner-text-lint';

// The course speaks to the learner: no 源材料 / 资料 (the sources) / 本课程建议 in lecture text,
// cases, feedback, the handbook or the UI. Speaker notes (for instructors) are exempt.
describe('learner voice: no talk about the sources or the drafting', () => {
  it.each(unitsByGroup())('%s', (_group, units) => {
    expect(voiceFindings(units).map(formatVoiceFinding)).toEqual([]);
  });
});
