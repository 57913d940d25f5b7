import { describe, expect, it } from 'vitest';
import { laws } from '../../content/handbook/laws';
import { demandLawRows } from '../../src/lib/handbook/demand-law';

describe('demandLawRows: the 常见诉求与法律对照 table from the law registry', () => {
  it('lists each demand once with every law the 2007 materials map it to, in registry order', () => {
    const rows = demandLawRows(laws);
    const byTopic = Object.fromEntries(rows.map((r) => [r.topic, r.citations]));
    expect(new Set(rows.map((r) => r.topic)).size).toBe(rows.length);
    expect(byTopic['高额赔偿']).toEqual([
      { law: 'civil-general', article: undefined },
      { law: 'contract', article: undefined },
      { law: 'consumer', article: undefined },
    ]);
    expect(byTopic['不可抗力']).toEqual([{ law: 'contract', article: '第一百一十七条第二款' }]);
    expect(byTopic['网络检修、施工的告知']).toEqual([
      { law: 'telecom-regulation', article: '第三十六条' },
      { law: 'telecom-service-standard', article: '2.8' },
    ]);
    expect(byTopic['精神赔偿']).toEqual([{ law: 'mental-damage', article: undefined }]);
  });
});
