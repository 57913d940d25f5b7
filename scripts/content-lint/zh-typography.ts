// Chinese typography of learner-facing text, checked by zhlint with the repository's .zhlintrc
// (full-width ，：；？！（）, curly quotes, one space between Chinese and Latin letters or digits).
import { readRc, runWithConfig } from 'zhlint';
import type { TextUnit } from './learner-text';

export interface TypographyFinding {
  unit: TextUnit;
  messages: string[];
  /** The text as zhlint would write it. */
  fixed: string;
}

const quiet = { log() {}, warn() {}, error() {} } as unknown as Console;

export function readZhlintConfig(root: string) {
  return readRc(root, '.zhlintrc', '.zhlintignore', '.zhlintcaseignore', quiet);
}

export function typographyFindings(
  units: TextUnit[],
  config: ReturnType<typeof readZhlintConfig>,
): TypographyFinding[] {
  return units.flatMap((unit) => {
    const result = runWithConfig(unit.text, config) as { result?: string; validations: { message: string }[] };
    if (result.validations.length === 0) return [];
    const messages = [...new Set(result.validations.map((v) => v.message))];
    return [{ unit, messages, fixed: result.result ?? unit.text }];
  });
}

export function formatTypographyFinding({ unit, messages, fixed }: TypographyFinding): string {
  return `${unit.file}:${unit.line}  ${messages.join('；')}\n    ${unit.text}\n  → ${fixed}`;
}
