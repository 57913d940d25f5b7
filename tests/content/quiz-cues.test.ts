// The whole question bank against surface cues (the options are also shuffled per attempt, but the
// key must not be guessable from its length, its position as written, or an absolute word either).
import { describe, expect, it } from 'vitest';
import { absoluteWordGap, longestKeyShare, prefixKeyShare, type Share } from './cue-metrics';
import { loadLectureCases } from './content-helpers';

const questions = (await loadLectureCases()).flatMap((l) => l.list).flatMap((c) => c.questions);
const show = (s: Share) => `${s.percent}% (${s.count}/${s.total})`;

const limits = { longestKey: 30, prefixKeys: 20, absoluteGap: 30 };

describe('quiz cues over the whole bank', () => {
  const longest = longestKeyShare(questions);
  const prefix = prefixKeyShare(questions);
  const absolute = absoluteWordGap(questions);
  console.log(
    [
      'Quiz cue figures (whole bank):',
      `  key is the uniquely longest option (single + rewrite choice): ${show(longest)} — limit ${limits.longestKey}%`,
      `  multiple-choice keys are the first options as written: ${show(prefix)} — limit ${limits.prefixKeys}%`,
      `  absolute word in false statements ${show(absolute.falseWithWord)} vs true ${show(absolute.trueWithWord)}: gap ${absolute.gap} points — limit ${limits.absoluteGap}`,
    ].join('\n'),
  );

  it(`the key is the uniquely longest option in at most ${limits.longestKey}% of single and rewrite-choice questions`, () => {
    expect(longest.percent).toBeLessThanOrEqual(limits.longestKey);
  });

  it(`multiple-choice keys are the first options as written in at most ${limits.prefixKeys}% of questions`, () => {
    expect(prefix.percent).toBeLessThanOrEqual(limits.prefixKeys);
  });

  it(`false statements carry an absolute word at most ${limits.absoluteGap} points more often than true ones`, () => {
    expect(absolute.gap).toBeLessThanOrEqual(limits.absoluteGap);
  });
});
