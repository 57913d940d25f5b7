import type { PhoneStandard } from '../../src/lib/handbook/types';

// 电话礼仪与用语规范,据 [003](“声音运用”“电话礼仪”“用语规范”三页)。
export const phoneStandards: PhoneStandard[] = [
  {
    id: 'voice',
    topic: '声音',
    guidance: '保持语调平稳、语速适中，让用户对你产生信任感。',
  },
  {
    id: 'volume',
    topic: '音量',
    guidance: '正常情况下视客户的音量而定，但不应过于大声。',
  },
  {
    id: 'tone',
    topic: '语气',
    guidance: '轻柔、和缓，避免出现嗲声嗲气的情况。',
  },
  {
    id: 'greeting',
    topic: '问候与亮明身份',
    guidance: '主动向用户问候，并亮明自己的身份。',
  },
  {
    id: 'mandarin',
    topic: '普通话与地方话',
    guidance: '首先使用普通话；如客户需要，可使用地方话（按本单位的相关规定执行）。',
  },
  {
    id: 'clarity',
    topic: '话音与态度',
    guidance: '话音清晰，自然诚恳，语速适中；耐心、细致、诚恳地对待用户。',
  },
  {
    id: 'opening',
    topic: '首问语',
    guidance:
      '开口第一句先问候，再报公司名称、岗位和工号。2007 年教材出自一个网络部门，首问语是“您好！我是浙江移动网络技术人员！”；接投诉时，公司名称和岗位都换成自己的。',
    example: '您好！我是〔本公司名称〕客服代表〔工号〕！',
  },
  {
    id: 'fillers',
    topic: '避免口语用语',
    guidance: '通话中尽量避免“啊”“哦”“是这样的啊”等口语用语。',
    example: '啊 / 哦 / 是这样的啊',
    avoid: true,
  },
  {
    id: 'closing',
    topic: '结束语',
    guidance:
      '感谢客户配合，告诉客户以后遇到同样的问题可以怎么处理、打哪个电话，再道别。2007 年教材的原句里热线是 1860，那是当年的号码；今天请说本公司现行的服务热线。',
    example: '谢谢您的合作，若以后出现同样的问题您也可以按照该操作处理或拨打〔本公司服务热线〕，再见！',
  },
  {
    id: 'bad-closing',
    topic: '错误的结束语',
    guidance: '不要用随意、敷衍的话匆匆收尾，这会让客户觉得你急着把他打发掉。',
    example: '好的，好的，那就这样，拜拜！',
    avoid: true,
  },
];
