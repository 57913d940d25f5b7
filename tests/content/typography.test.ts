import { describe, expect, it } from 'vitest';
import {
  formatTypographyFinding,
  readZhlintConfig,
  typographyFindings,
} from '../../scripts/content-lint/zh-typography';
import { root } from './content-helpers';
import { unitsByGroup } from './learner-text-lint';

// zhlint (configured in .zhlintrc) over the text learners read; `npm run lint:zh -- <folder>` prints
// the same findings for one lecture, with the fixed text.
const config = readZhlintConfig(root);

describe('Chinese typography of learner-facing text (zhlint)', () => {
  it.each(unitsByGroup())(
    '%s',
    (_group, units) => {
      expect(units.length).toBeGreaterThan(0);
      const findings = typographyFindings(units, config).map(formatTypographyFinding);
      expect(findings).toEqual([]);
    },
    30_000,
  );
});
