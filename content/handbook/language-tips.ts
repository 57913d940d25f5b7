import type { LanguageTip } from '../../src/lib/handbook/types';

// 语言小贴士,据 [003]。每条的“之前/之后”都是 [003] 原文给出的对照。
export const languageTips: LanguageTip[] = [
  {
    id: 'euphemism',
    name: '委婉表达法',
    description: '不直接说“不”，也不用命令的口气，而是告诉客户他可以怎么做、能怎么做。',
    before: '“不”；“您必须……”',
    after: '“您可以……”；“您能……”',
  },
  {
    id: 'positive',
    name: '正面表达法',
    description: '同一件事换成正面的说法：与其为让客户等待而道歉，不如感谢客户的耐心。',
    before: '“很抱歉让您久等了”',
    after: '“非常感谢您的耐心等候”',
  },
  {
    id: 'unifying',
    name: '合一表达法',
    description: '少用转折的“但是”，它会让客户觉得前面的话都不算数；用并列的说法把两层意思连起来。',
    before: '“但是”',
    after: '“与此同时”',
  },
  {
    id: 'no-double-negative',
    name: '少用双重否定',
    description: '双重否定听起来绕、容易被误解，直接用肯定句说出你想做的事。',
    before: '“我不想给您错误的建议”',
    after: '“我想给您准确的建议”',
  },
  {
    id: 'modest',
    name: '谦逊表达法',
    description: '询问客户信息时放低姿态；出现误解时先把原因归到自己的表达上，而不是指出客户错了。',
    before: '“请问您的名字”；“您误会了”',
    after: '“我该怎么称呼您”/“我可以知道您的名字吗？”；“可能我没有表达清楚”',
  },
  {
    id: 'trust',
    name: '取得信任法',
    description: '表示承担责任时用“我”代替“我们”，让客户知道有一个具体的人在为他负责。',
    before: '表示承担责任时说“我们”',
    after: '表示承担责任时说“我”',
  },
  {
    id: 'conditional',
    name: '条件拒绝法',
    description: '必须拒绝时，把“不……除非”换成“如果……就”，先讲满足什么条件就能办到。',
    before: '“不……除非……”',
    after: '“如果……就……”',
  },
];
