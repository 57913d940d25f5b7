import { describe, expect, it } from 'vitest';
import { normalise, STORE_VERSION } from '../../src/store/migrations';
import { exportProgress, parseImport } from '../../src/store/progress-transfer';

const state = normalise({
  lectures: { understanding: { seen: [1, 2, 3], last: 3, updatedAt: 100 } },
  attempts: [
    {
      questionId: 'q1',
      caseId: 'c1',
      answer: { kind: 'single', optionId: 'a' },
      correct: false,
      score: 0,
      at: 5,
      durationMs: 900,
      mode: 'bank',
    },
  ],
  review: { q1: { box: 1, due: 5, lastWrong: true, wrongCount: 1, firstWrongAt: 5 } },
  timeSpent: { understanding: 120_000 },
});

const rejected = (text: string, size?: number) => {
  const result = parseImport(text, size);
  if (result.ok) throw new Error('expected a rejection');
  return result.reason;
};

describe('export and import of progress', () => {
  it('export → import gives the same state', () => {
    const result = parseImport(exportProgress(state));
    expect(result).toEqual({ ok: true, state, fromVersion: STORE_VERSION });
  });

  it('rejects a file over 1 MB', () => {
    expect(rejected('{}', 1024 * 1024 + 1)).toMatch(/超过 1 MB/);
  });

  it('rejects text that is not JSON', () => {
    expect(rejected('not json')).toMatch(/不是有效的 JSON/);
  });

  it('rejects __proto__ and constructor keys anywhere', () => {
    const file = JSON.parse(exportProgress(state));
    expect(rejected(JSON.stringify(file).replace('"lectures":{', '"lectures":{"__proto__":{"x":1},'))).toMatch(
      /不安全/,
    );
    expect(rejected(JSON.stringify({ ...file, state: { ...file.state, constructor: { prototype: 1 } } }))).toMatch(
      /不安全/,
    );
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('rejects a file that is not a course progress file', () => {
    expect(rejected(JSON.stringify({ hello: 'world' }))).toMatch(/不是本课程导出的进度文件/);
  });

  it('rejects a newer version it cannot read, and a missing version', () => {
    const file = JSON.parse(exportProgress(state));
    expect(rejected(JSON.stringify({ ...file, version: STORE_VERSION + 1 }))).toMatch(/更新版本/);
    expect(rejected(JSON.stringify({ ...file, version: undefined }))).toMatch(/缺少版本号/);
    expect(rejected(JSON.stringify({ ...file, version: 0 }))).toMatch(/无法识别/);
  });

  it('migrates an older version on import', () => {
    const v1 = { format: 'complaint-course-progress', version: 1, state: { lectures: state.lectures } };
    const result = parseImport(JSON.stringify(v1));
    expect(result.ok && result.state.lectures).toEqual(state.lectures);
    expect(result.ok && result.fromVersion).toBe(1);
  });
});
