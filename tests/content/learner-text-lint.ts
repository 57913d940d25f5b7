// Shared by the typography and voice content tests: learner-facing text, grouped per lecture.
import { groupOf, learnerFiles, unitsOf } from '../../scripts/content-lint/learner-files';
import type { TextUnit } from '../../scripts/content-lint/learner-text';
import { root } from './content-helpers';

export function unitsByGroup(): [string, TextUnit[]][] {
  const groups = new Map<string, string[]>();
  for (const file of learnerFiles(root)) {
    const group = groupOf(file);
    groups.set(group, [...(groups.get(group) ?? []), file]);
  }
  return [...groups].map(([group, files]) => [group, unitsOf(root, files)]);
}
