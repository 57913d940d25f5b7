import { describe, expect, it } from 'vitest';
import { mdxTextUnits, tsTextUnits } from '../../scripts/content-lint/learner-text';
import { voiceFindings } from '../../scripts/content-lint/voice';
import { readZhlintConfig, typographyFindings } from '../../scripts/content-lint/zh-typography';

const mdx = `---
id: demo
title: 演示讲
objectives:
  - 说出三点
---

import { demo } from './cases'

## 第一节：**要点**

引用 <LawRef law="contract" article="第一百一十七条第二款" />，见第 {1} 节。

<Callout kind="law" title="法律依据">

源材料这样说。

</Callout>

<Notes>

资料这一页只有标题。约 3 分钟。

</Notes>
`;

describe('learner text extraction', () => {
  it('reads MDX as rendered prose: marks dropped, components and expressions stood in for, notes flagged', () => {
    const units = mdxTextUnits('demo.mdx', mdx);
    const texts = units.map((u) => u.text);
    expect(texts).toEqual([
      '演示讲',
      '说出三点',
      '第一节：要点',
      '引用 0，见第 0 节。',
      '法律依据',
      '源材料这样说。',
      '资料这一页只有标题。约 3 分钟。',
    ]);
    expect(units.filter((u) => u.inNotes).map((u) => u.text)).toEqual(['资料这一页只有标题。约 3 分钟。']);
    expect(units.find((u) => u.text.startsWith('引用'))?.line).toBe(12);
  });

  it('reads TS/TSX strings, template literals and JSX text, not imports, keys or comments', () => {
    const tsx = `import x from './中文';
// 注释,不检查
const label = { '键名': '标签(一)' };
const msg = \`共 \${n} 条与“\${q}”相关\`;
const title = \`\${a}:\${on ? '讲义（附备注）' : '幻灯片'}\`;
export const C = () => <p>部分正确(得分 {score}%)<strong>{name}</strong>的回答</p>;`;
    const texts = tsTextUnits('demo.tsx', tsx).map((u) => u.text);
    expect(texts).toEqual([
      '标签(一)',
      '共 0 条与“某”相关',
      '某:讲义（附备注）',
      '讲义（附备注）',
      '幻灯片',
      '部分正确(得分 0%)某的回答',
    ]);
  });
});

describe('typography (zhlint with .zhlintrc)', () => {
  const config = readZhlintConfig(process.cwd());
  const check = (text: string) =>
    typographyFindings([{ file: 'x', line: 1, text, inNotes: false }], config).map((f) => f.fixed);

  it.each([
    ['学完本讲,你将能够:', '学完本讲，你将能够：'],
    ['2007年5月', '2007 年 5 月'],
    ['服务提供商(SP)的记录', '服务提供商（SP）的记录'],
    ['用"您可以"代替"不"', '用“您可以”代替“不”'],
  ])('flags %s', (text, fixed) => {
    expect(check(text)).toEqual([fixed]);
  });

  it.each([
    '2007 年 5 月共 209 件投诉（五类合计）',
    '用“您可以……”代替“不”。',
    '您好！我是××，',
    '《电信服务标准》2.8 规定',
  ])('accepts %s', (text) => {
    expect(check(text)).toEqual([]);
  });
});

describe('voice', () => {
  const unit = (text: string, inNotes = false) => ({ file: 'x', line: 1, text, inNotes });
  it('flags talk about the sources, allows real compounds and speaker notes', () => {
    expect(voiceFindings([unit('源材料问：本课程建议的思路是？')])[0].words).toEqual(['源材料', '本课程建议']);
    expect(voiceFindings([unit('资料只列出了忌语')])[0].words).toEqual(['资料']);
    expect(voiceFindings([unit('请核对客户资料')])).toEqual([]);
    expect(voiceFindings([unit('资料这一页只有标题', true)])).toEqual([]);
  });
});
