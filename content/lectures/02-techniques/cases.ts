import type { CaseStudyData } from '../../../src/lib/quiz/types';

export const receivingComplaints = {
  id: 'receiving-complaints',
  lectureId: 'techniques',
  title: '投诉受理的三个步骤',
  type: 'exercise',
  intro: '受理投诉的要点是“信息齐全、快速响应”。下面几道题检验你对受理三个步骤的掌握。',
  questions: [
    {
      id: 'receiving-complaints-q1',
      kind: 'ordering',
      prompt: '请把受理投诉的三个步骤按正确的顺序排列。',
      items: [
        { id: 'a', text: '人人受理投诉' },
        { id: 'b', text: '记录投诉内容' },
        { id: 'c', text: '找到处理人' },
      ],
      explanation:
        '先接住问题：客户的问题出现在哪里，就在哪里受理；接着记录客户投诉的问题和要求，同时安抚客户；最后按部门和岗位职责快速确定处理人。如果先找处理人再记录，处理人拿到的信息不齐全，往往要让客户再讲一遍。',
      section: { slide: 4, heading: '投诉的受理' },
    },
    {
      id: 'receiving-complaints-q2',
      kind: 'single',
      prompt: '营业厅的新同事问你：“受理投诉，最要紧的是哪两点？”你应当怎样回答？',
      options: [
        { id: 'b', text: '态度热情、耐心解释' },
        { id: 'c', text: '分清责任、按章处理' },
        { id: 'a', text: '信息齐全、快速响应' },
        { id: 'd', text: '先行安抚、尽快转交' },
      ],
      correct: 'a',
      explanation:
        '受理投诉的要点是“信息齐全、快速响应”：信息齐全，处理人才不必让客户从头再讲；响应快，客户才感到被重视。热情和耐心当然需要，但它们不是受理这一步的要点；先分清责任再处理，会拖慢响应；只安抚、急着转交而没把问题和要求记全，处理人还得让客户再讲一遍。',
      section: { slide: 4, heading: '投诉的受理' },
    },
    {
      id: 'receiving-complaints-q3',
      kind: 'truefalse',
      prompt: '判断下面的做法是否正确。',
      statement: '客户在营业厅反映账单问题时，营业员应请他改拨客服热线投诉，因为营业厅不负责账务问题。',
      correct: false,
      explanation:
        '第一步“人人受理投诉”要求：客户的问题出现在哪里，就在哪里解决。营业员即使不能亲自处理，也要先受理、记录，再按部门和岗位职责找到处理人，而不是把客户推到另一个渠道。',
      section: { slide: 4, heading: '投诉的受理' },
    },
    {
      id: 'receiving-complaints-q4',
      kind: 'multiple',
      prompt: '“记录投诉内容”这一步要做到哪些？（多选）',
      options: [
        { id: 'a', text: '明确客户投诉的问题' },
        { id: 'd', text: '先判断客户有没有道理，没道理的不必记录' },
        { id: 'b', text: '明确客户提出的要求' },
        { id: 'e', text: '只记录客户的要求，经过不必记录' },
        { id: 'c', text: '同时安抚客户' },
      ],
      correct: ['a', 'b', 'c'],
      explanation:
        '第二步的要求是：明确客户投诉的问题和要求，并安抚客户。问题和要求缺一不可，否则处理人无从着手。先判断有没有道理再决定记不记，等于提前下结论，也违背了“信息齐全”。',
      section: { slide: 4, heading: '投诉的受理' },
    },
    {
      id: 'receiving-complaints-q5',
      kind: 'single',
      prompt: '“找到处理人”时，应依据什么确定处理人？',
      options: [
        { id: 'a', text: '按部门和岗位职责，快速确定处理人' },
        { id: 'b', text: '找当时手头有空、业务熟练的同事来处理' },
        { id: 'c', text: '交给客户第一次联系时接待他的那位同事' },
        { id: 'd', text: '一律交给当班的值班领导，由他来分派' },
      ],
      correct: 'a',
      explanation:
        '要按照部门和岗位职责快速确定处理人，这样问题才能交到真正有权限、有能力解决的人手里。找有空的同事、交给第一位接待的同事，或者一律交领导，看似省事，却可能让问题在没有权限的人手里打转，客户等得更久。',
      section: { slide: 4, heading: '投诉的受理' },
    },
  ],
  summary:
    '受理投诉要“信息齐全、快速响应”：问题在哪里出现就在哪里接住，记清问题和要求并安抚客户，再按部门和岗位职责快速找到处理人。',
} satisfies CaseStudyData;

export const listeningAndBody = {
  id: 'listening-and-body',
  lectureId: 'techniques',
  title: '倾听与身体语言',
  type: 'exercise',
  intro:
    '“看、听、说、动”四种行为技巧在面对面接待中同时起作用。下面的题目检验倾听的方法，以及接待时要观察的身体语言线索。',
  questions: [
    {
      id: 'listening-and-body-q1',
      kind: 'single',
      prompt: '“耐心倾听的 80/20 法则”指的是什么？',
      options: [
        { id: 'b', text: '80% 说服，20% 聆听' },
        { id: 'c', text: '80% 的投诉来自 20% 的客户' },
        { id: 'd', text: '用 80% 的时间解决问题，20% 的时间安抚情绪' },
        { id: 'a', text: '80% 聆听，20% 说服' },
      ],
      correct: 'a',
      explanation:
        '80/20 法则说的是倾听与说服的比例：八成时间用来听，两成时间用来说服。把比例颠倒，就成了“急于说服”，客户会觉得没被听见。“80% 的投诉来自 20% 的客户”和“80% 的时间解决问题”听起来像管理常识，但不是这条法则的内容。',
      section: { slide: 9, heading: '耐心倾听' },
    },
    {
      id: 'listening-and-body-q2',
      kind: 'multiple',
      prompt: '下列哪些是“看”的技巧中列出的、接待时要观察的线索？（多选）',
      options: [
        { id: 'a', text: '脸泛红晕' },
        { id: 'f', text: '双手交叉抱在胸前' },
        { id: 'b', text: '扬眉' },
        { id: 'c', text: '头部向后' },
        { id: 'g', text: '不停地看手表' },
        { id: 'd', text: '斜视' },
        { id: 'e', text: '手心向下' },
      ],
      correct: ['a', 'b', 'c', 'd', 'e'],
      explanation:
        '“看”的技巧把要观察的线索分为面部表情、头部动作、眼神和手势四类，脸泛红晕、扬眉、头部向后、斜视、手心向下都在其中。抱臂、看手表也是生活中常见的身体语言，但不在这四类列出的线索里。注意：这些线索没有固定的含义，看到之后要用提问去确认。',
      section: { slide: 7, heading: '观察客户的四类线索' },
    },
    {
      id: 'listening-and-body-q3',
      kind: 'matching',
      prompt: '把每个线索归入它所属的类别。',
      pairs: [
        { id: 'a', left: '脸色发青、发白', right: '面部表情' },
        { id: 'b', left: '扬眉', right: '面部表情' },
        { id: 'c', left: '头部向上', right: '头部动作' },
        { id: 'd', left: '头部向前', right: '头部动作' },
        { id: 'e', left: '俯视', right: '眼神' },
        { id: 'f', left: '仰视', right: '眼神' },
        { id: 'g', left: '推手', right: '手势' },
        { id: 'h', left: '手心向上', right: '手势' },
      ],
      explanation:
        '线索分成四类：面部表情（脸泛红晕，脸色发青、发白，扬眉）、头部动作（身体挺直，头部向前、向上、向后）、眼神（正视、俯视、斜视、仰视）和手势（伸手、抬手、手心向下、推手、手心向上）。分类是为了观察时有条理、不遗漏，而不是给每个动作下定义。',
      section: { slide: 7, heading: '观察客户的四类线索' },
    },
    {
      id: 'listening-and-body-q4',
      kind: 'truefalse',
      prompt: '判断下面的说法是否正确。',
      statement: '客户嘴上说“行吧”，脸上却写着不满；这时更应该相信他的身体语言，并用提问去确认他是否真的接受。',
      correct: true,
      explanation:
        '这是“看、听、说、动”一页的结论。客户嘴上说“行吧”、身体语言却和这句话对不上时，不能只听那句话，要用提问确认他是否真的接受；同样，我们嘴上说“请放心”、眼睛却看着别处，客户也只会相信我们的动作。所以既要“看”客户，也要管好自己的“动”。',
      section: { slide: 6, heading: '看、听、说、动' },
    },
    {
      id: 'listening-and-body-q5',
      kind: 'multiple',
      prompt: '以下哪些是耐心倾听的方法？（多选）',
      options: [
        { id: 'd', text: '边听边处理其他客户的单据，节省时间' },
        { id: 'a', text: '注视对方' },
        { id: 'b', text: '微笑和点头' },
        { id: 'e', text: '为了不打断客户，全程保持沉默，不做任何回应' },
        { id: 'c', text: '适时地提出问题，如“然后呢？”' },
      ],
      correct: ['a', 'b', 'c'],
      explanation:
        '注视对方有助于集中注意力、看清表情和肢体语言；微笑和点头表示把话听进去了；适时问一句“然后呢？”让对方感到你在全神贯注地听。一边听一边做别的事，身体语言在告诉客户“你不重要”；不打断不等于一声不吭，全程沉默、没有点头和提问，客户会以为你没在听。',
      section: { slide: 9, heading: '耐心倾听' },
    },
    {
      id: 'listening-and-body-q6',
      kind: 'single',
      prompt: '按照“说”的技巧，措辞应当做到什么？',
      options: [
        { id: 'b', text: '热情、真诚、耐心' },
        { id: 'c', text: '把握好语气、语音、语调' },
        { id: 'd', text: '通俗、口语化、像聊天' },
        { id: 'a', text: '简洁、专业、文雅' },
      ],
      correct: 'a',
      explanation:
        '“说”的技巧有三条：说话时要热情、真诚、耐心；把握好语气、语音、语调；措辞要简洁、专业、文雅。题目问的是措辞，所以是第三条；热情、真诚、耐心说的是说话的态度，语气、语音、语调说的是声音。措辞过于口语化、像聊天，则显得不够专业和尊重。',
      section: { slide: 10, heading: '“说”的技巧' },
    },
  ],
  summary:
    '倾听要做到 80% 聆听、20% 说服：注视对方、微笑点头、适时问“然后呢？”；观察客户的表情、头部动作、眼神和手势，但不凭一个动作下判断，而是用提问去确认。身体语言比语言更可信。',
} satisfies CaseStudyData;

export const calmingSteps = {
  id: 'calming-steps',
  lectureId: 'techniques',
  title: '平息抱怨的四个步骤',
  type: 'exercise',
  intro: '平息顾客抱怨分四步。下面的题目检验这四步和安抚情绪的要点。',
  questions: [
    {
      id: 'calming-steps-q1',
      kind: 'ordering',
      prompt: '请把平息顾客抱怨的四个步骤按正确顺序排列。',
      items: [
        { id: 'a', text: '让用户发泄（闭口不言）' },
        { id: 'b', text: '搜集足够的信息' },
        { id: 'c', text: '提供信息：给出解决方案' },
        { id: 'd', text: '总结归纳（close）' },
      ],
      explanation:
        '先让用户发泄，情绪平复了才听得进去；再搜集足够的信息，弄清事情经过和客户的期望；然后围绕期望值给出解决方案；最后总结归纳，确认客户满意再结束。跳过第一步直接给方案，客户往往不接受；没搜集信息就给方案，方案很可能不对路。',
      section: { slide: 17, heading: '先解决心情' },
    },
    {
      id: 'calming-steps-q2',
      kind: 'single',
      prompt: '“先解决心情，再解决事情”最准确的理解是哪一项？',
      options: [
        { id: 'a', text: '先让客户把情绪表达出来，再着手解决问题' },
        { id: 'b', text: '先把客户的情绪安抚好，问题能不能解决倒在其次' },
        { id: 'c', text: '先把问题处理完，客户的心情自然就会好起来' },
        { id: 'd', text: '一边解释原因一边安抚，两件事同时做，越快越好' },
      ],
      correct: 'a',
      explanation:
        '用户不满时只想做两件事：表达他的情感和解决他的问题。情绪没有出口时，再好的方案也听不进去，所以顺序是先心情、后事情。但“先解决心情”不是“只解决心情”：第三步明确要求把话题集中到问题的解决上，不要总是安抚情绪。',
      section: { slide: 17, heading: '先解决心情' },
    },
    {
      id: 'calming-steps-q3',
      kind: 'truefalse',
      prompt: '判断下面的做法是否符合第二步的要求。',
      statement: '搜集信息时，可以一口气连续问四五个问题，把情况问清楚之后再谈自己的感受。',
      correct: false,
      explanation:
        '第二步要求一次问一个问题，连续发问不要超过三个，否则中间必须谈谈自己的感受。连珠炮式的提问会让客户觉得在受审问，情绪再次升高。穿插一句对客户处境的感受，客户才愿意继续配合。',
      section: { slide: 19, heading: '搜集足够的信息' },
    },
    {
      id: 'calming-steps-q4',
      kind: 'multiple',
      prompt: '以下哪些属于安抚客户情绪的要点？（多选）',
      options: [
        { id: 'e', text: '客户说错的地方要立即纠正，免得误会扩大' },
        { id: 'a', text: '避免简单的否认、安慰' },
        { id: 'b', text: '不一定认同客户的观点，但一定要认同客户的心情' },
        { id: 'f', text: '多说“没关系，这种事很常见”，让客户放宽心' },
        { id: 'c', text: '用精练、准确的语言重复和总结客户的话语' },
        { id: 'd', text: '即使发现问题有解决方案，也不要在客户开口的时候打断他' },
      ],
      correct: ['a', 'b', 'c', 'd'],
      explanation:
        '避免简单的否认和安慰、认同心情、用精练的语言重复和总结、不在客户开口时打断，都是安抚情绪的要点（此外还有反映对方信息中的情感部分、对造成的不便表示歉意）。立即纠正客户就是打断和否认，只会激化情绪；“没关系，这种事很常见”正是简单的安慰，还让客户觉得自己的遭遇不被当回事。',
      section: { slide: 23, heading: '安抚客户情绪的要点' },
    },
    {
      id: 'calming-steps-q5',
      kind: 'single',
      prompt: '到了第三步，客户的要求确实无法满足，你应当怎么做？',
      options: [
        { id: 'b', text: '明确告诉客户“不行”，避免给他希望' },
        { id: 'a', text: '一定要给客户一个替代方案' },
        { id: 'c', text: '继续安抚情绪，直到客户自己放弃要求' },
        { id: 'd', text: '如实告诉客户做不到，并请他向上级部门反映' },
      ],
      correct: 'a',
      explanation:
        '第三步写明：如果客户的要求是不能满足的，一定要给客户一个替代方案。只说“不行”会让谈话陷入僵局；一味安抚则违背了第三步“将话题集中在问题的解决上”；只说做不到、让客户自己去向上级反映，仍然没有给出任何办法，是推诿。',
      section: { slide: 20, heading: '给出解决方案' },
    },
    {
      id: 'calming-steps-q6',
      kind: 'multiple',
      prompt: '第四步“总结归纳（close）”包括哪些做法？（多选）',
      options: [
        { id: 'a', text: '重复做法，确保客户没有误解' },
        { id: 'e', text: '用开放式问题请客户把经过重新讲一遍' },
        { id: 'b', text: '问封闭式的问题，了解客户的期望值是否满足' },
        { id: 'c', text: '再次为给客户带来的不便表示歉意' },
        { id: 'f', text: '确认客户满意后就不再道歉，以免显得理亏' },
        { id: 'd', text: '感谢客户对企业的信任和惠顾' },
      ],
      correct: ['a', 'b', 'c', 'd'],
      explanation:
        '收尾（close）的要求是：重复做法、讲结束语、用封闭式问题确认期望是否满足、再次致歉、感谢信任和惠顾、重新表达服务意愿、欢迎下次拨打电话。开放式问题是第二步收集信息用的，收尾时再让客户从头讲会前功尽弃；收尾时恰恰要再次致歉，这不是理亏，而是为给客户带来的不便负责。',
      section: { slide: 21, heading: '总结归纳' },
    },
  ],
  summary:
    '平息抱怨按四步走：让用户发泄 → 搜集足够的信息 → 给出解决方案 → 总结归纳（close）。先解决心情，再解决事情；一次问一个问题，连续不超过三个；要求不能满足时一定给替代方案。',
} satisfies CaseStudyData;

export const forbiddenPhrasesDrill = {
  id: 'forbidden-phrases',
  lectureId: 'techniques',
  title: '改写服务忌语',
  type: 'exercise',
  intro:
    '下面每道题给出一句服务忌语。请先自己写出得体的说法（须满足题目列出的规则，且不要重复原来的忌语），再从选项中选出最好的一句。参考答案由本课程拟定，不是唯一的标准答案。',
  questions: [
    {
      id: 'forbidden-phrases-q1',
      kind: 'rewrite',
      prompt: '客户在电话里嚷着“我要找你们领导投诉你！”请改写这句服务禁用语。',
      forbidden: '你爱找谁就找谁',
      choices: [
        { id: 'b', text: '您要找领导也可以，我把您反映的情况记下来，不过领导最后也是这么处理的。' },
        { id: 'a', text: '这件事由我来负责跟进，我把您的情况记录下来，今天之内给您回复。', correct: true },
        { id: 'c', text: '您想找哪位领导都可以，我现在就把值班领导的电话号码抄给您，您直接打过去。' },
        { id: 'd', text: '找谁都一样，最后还是得我们来处理。' },
      ],
      mustInclude: [
        { label: '用“我”承担责任', anyOf: ['我来', '我负责', '由我', '我会', '我帮您'] },
        { label: '给出下一步或回复时间', anyOf: ['跟进', '回复', '回电', '联系您', '今天', '处理结果'] },
      ],
      mustNotInclude: ['爱找谁', '找谁'],
      modelAnswer: '这件事由我来负责跟进，我把您的情况详细记录下来，今天之内给您回复处理结果。',
      explanation:
        '“你爱找谁就找谁”是赌气的推开，只会把客户推向更高层级的投诉。好的说法用“我”来承担（取得信任法），并给出具体的下一步和时间。“不过领导最后也是这么处理的”用“不过”否定了前半句；把领导电话抄给客户，看似热心，仍是把客户推走；“找谁都一样”语气压制，都没有解决客户的不安。',
      section: { slide: 26, heading: '服务忌语手册' },
    },
    {
      id: 'forbidden-phrases-q2',
      kind: 'rewrite',
      prompt: '维修缺一个配件，客户问什么时候能修好。请改写这句服务禁用语。',
      forbidden: '配件没有到，到了再修吧',
      choices: [
        { id: 'b', text: '配件还没到，我们这边也实在没有办法，您先耐心等着，到了我们会打电话通知您的。' },
        { id: 'a', text: '非常感谢您的耐心等候。配件一到，我会第一时间联系您，和您约定上门时间。', correct: true },
        { id: 'c', text: '配件的事是仓库在管，我把仓库的电话给您，您直接问他们什么时候能到。' },
      ],
      mustInclude: [
        { label: '致歉或感谢客户等候', anyOf: ['抱歉', '对不起', '道歉', '感谢', '谢谢'] },
        { label: '主动告知后续安排', anyOf: ['联系您', '通知您', '第一时间', '约定', '告诉您'] },
      ],
      mustNotInclude: ['再修吧', '到了再修'],
      modelAnswer: '给您添麻烦了，非常抱歉。配件一到，我会第一时间联系您，和您约定上门维修的时间。',
      explanation:
        '原话让客户只能干等，没有时间、没有人负责。第一讲冰箱维修的故事说明，主动来电、致歉、告知进展，能让不高兴的客户变成感动的客户。“实在没有办法，您先等着”仍是推脱，只是说得客气些；把仓库电话给客户，是“这不归我负责”式的推诿。',
      section: { slide: 26, heading: '服务忌语手册' },
    },
    {
      id: 'forbidden-phrases-q3',
      kind: 'rewrite',
      prompt:
        '客户问“我这个月的账单为什么比上个月多？”你一时答不上来。“不知道、不清楚、也许、可能”这类不确定词语属于服务禁用语，请写出得体的回应。',
      forbidden: '不知道、不清楚、也许、可能等不确定词语',
      choices: [
        { id: 'c', text: '也许是您这个月多打了几个长途电话，您回去对一对自己的通话记录吧。' },
        { id: 'b', text: '这个我也不太清楚，可能是系统这个月调整了计费，您稍等我帮您问问。' },
        { id: 'd', text: '不知道呢，您打客服热线问问吧。' },
        { id: 'a', text: '这个问题我马上帮您查清楚，请您稍等，核实后给您准确的答复。', correct: true },
      ],
      mustInclude: [
        { label: '承诺去查明', anyOf: ['查', '核实', '核对', '确认'] },
        { label: '承诺给出明确答复', anyOf: ['准确', '答复', '告诉您', '回复', '说明'] },
      ],
      mustNotInclude: ['不知道', '不清楚', '也许', '可能'],
      modelAnswer: '这个问题我马上帮您查清楚，请您稍等，核实之后给您一个准确的答复。',
      explanation:
        '答不上来并不丢人，丢人的是靠猜。主动说“我去查、核实后给您准确答复”，客户听到的是有人负责。“也许是您多打了电话”和“可能是系统调整了计费”都是在猜，前一句还把核对的事推回给客户；“不知道呢，您打热线问问”既说“不知道”又把客户推走。',
      section: { slide: 26, heading: '服务忌语手册' },
    },
    {
      id: 'forbidden-phrases-q4',
      kind: 'rewrite',
      prompt: '客户越说越大声。请改写这句忌语。',
      forbidden: '你别激动嘛…',
      choices: [
        { id: 'a', text: '发生这样的事，您着急是完全可以理解的。您慢慢说，我认真听着。', correct: true },
        { id: 'b', text: '您先别激动，激动也解决不了问题，等您冷静下来，我们再慢慢说清楚。' },
        { id: 'c', text: '您冷静一点，大家都在看着呢。' },
        { id: 'd', text: '还有比您更倒霉的呢，您这不算什么。' },
      ],
      mustInclude: [
        { label: '认同客户的心情', anyOf: ['理解', '着急', '换作是我', '心情', '难怪'] },
        { label: '表示愿意倾听', anyOf: ['慢慢说', '听着', '请讲', '您说', '告诉我'] },
      ],
      mustNotInclude: ['激动', '冷静'],
      modelAnswer: '发生这样的事，您着急是完全可以理解的。您慢慢说，我认真听着。',
      explanation:
        '叫客户“别激动”是在否定他的情绪，往往火上浇油。安抚情绪的要点是：不一定认同观点，但一定认同心情，并反映出对方话里的情感。“先别激动……等您冷静下来”和“您冷静一点”都在否定情绪，后者还当众让客户难堪；“还有比您更倒霉的呢”本身也是一句服务忌语。',
      section: { slide: 26, heading: '服务忌语手册' },
    },
    {
      id: 'forbidden-phrases-q5',
      kind: 'rewrite',
      prompt: '客户临近下班时来办一件需要别的部门处理的事。请改写这句忌语。',
      forbidden: '这不归我负责/今天不行，只能等明天',
      choices: [
        { id: 'b', text: '这个不是我们部门的事，我这里办不了；您明天上午九点以后再来，直接找他们部门的窗口办理就行。' },
        {
          id: 'a',
          text: '这件事我先帮您登记，并转给负责的同事跟进；明天上午我会给您回电，告诉您处理进展。',
          correct: true,
        },
        { id: 'c', text: '今天确实办不了，您只能等明天了。' },
      ],
      mustInclude: [
        { label: '用“我”主动承担', anyOf: ['我先', '我帮您', '我来', '我会'] },
        { label: '说明什么时候给结果', anyOf: ['明天', '今天', '上午', '下午', '之前', '小时'] },
      ],
      mustNotInclude: ['不归我', '不行', '只能'],
      modelAnswer: '这件事我先帮您登记，并转给负责的同事跟进；明天上午我会给您回电，告诉您处理进展。',
      explanation:
        '事情也许确实要明天由别的部门办，但“不归我负责”“只能等”让客户觉得被踢皮球。好的说法先受理（人人受理投诉），再说明谁来跟进、什么时候回复。“明天九点以后再来找他们部门”说得再具体，也是让客户自己再跑一趟；“只能等明天”只有拒绝，没有安排。',
      section: { slide: 26, heading: '服务忌语手册' },
    },
    {
      id: 'forbidden-phrases-q6',
      kind: 'rewrite',
      prompt:
        '客户说：“我每个月都按时交费，凭什么多收我的钱？”你想说：“您按时交费我们很感谢，但是这笔费用是有记录的。”请用合一表达法改写这种“…，但是（不过）…”的句式。',
      forbidden: '…，但是（不过）…。',
      choices: [
        { id: 'c', text: '按时交费是应该的，但是收费都是系统自动算的。' },
        { id: 'b', text: '您一直按时交费，我们非常感谢，不过这笔费用系统里是有记录的，我可以打印出来给您看，不会错。' },
        {
          id: 'a',
          text: '您一直按时交费，我们非常感谢；与此同时，我把这笔费用的清单调出来，和您一起逐项核对。',
          correct: true,
        },
      ],
      mustInclude: [
        { label: '先认同客户', anyOf: ['感谢', '谢谢', '理解', '明白'] },
        { label: '用合一的方式衔接', anyOf: ['与此同时', '同时', '一起'] },
      ],
      mustNotInclude: ['但是', '不过'],
      modelAnswer: '您一直按时交费，我们非常感谢；与此同时，我把这笔费用的清单调出来，和您一起逐项核对。',
      explanation:
        '“但是”会把前面的认同一笔勾销，客户只记住后半句的反驳。合一表达法用“与此同时”把感谢和核对并列起来，并邀请客户一起核对，让他成为解决问题的一员。“不过……不会错”仍用转折，还在核对之前就下了结论；“但是收费都是系统自动算的”既用“但是”，又推给系统。',
      section: { slide: 26, heading: '服务忌语手册' },
    },
  ],
  summary:
    '服务忌语的通病是否认、推诿、指责、说教或没把握。改写时先认同心情，用“我”承担，说清能做什么、什么时候做，用“与此同时”代替“但是”。参考说法由本课程拟定，可结合实际业务调整。',
} satisfies CaseStudyData;

export const infoFee35 = {
  id: 'info-fee-35',
  lectureId: 'techniques',
  title: '角色扮演：35 元代收信息费',
  type: 'case',
  narrative: {
    customer: '一位刚冲进营业厅的客户',
    demand: '认为是移动公司巧立名目、乱收费用，要求移动公司退费，并补偿损失',
    facts: [
      '地点：营业厅；时间：某个下午的业务高峰期',
      '客户刚冲进营业厅，就气势汹汹地说：“谁是你们这里的领导，我要告你们。”',
      '客户近来一直感觉自己的话费比平时略高',
      '今天打出账单，发现话费账单中有一项代收信息费 35 元',
      '客户对此无法理解',
    ],
  },
  intro:
    '假如你是那位投诉处理人员，你会如何处理？每一步选择一种回应，客户的情绪和信任会随之变化。核对记录的结果在本练习中不预设，好的处理方式要把不同的核对结果都向客户讲清楚。',
  questions: [
    {
      id: 'info-fee-35-q1',
      kind: 'roleplay',
      prompt: '业务高峰期，客户冲到柜台前要找领导。请按平息抱怨的步骤，一步步接待这位客户。',
      customerName: '营业厅里的投诉客户',
      initial: { anger: 85, trust: 15 },
      start: 'greet',
      steps: [
        {
          id: 'greet',
          customer: [
            {
              text: '（大厅里排着长队，他径直冲到柜台前，拍着台面）谁是你们这里的领导，我要告你们！',
            },
          ],
          replies: [
            {
              id: 'greet-warm',
              text: '您好，我是负责受理投诉的客服代表。您有什么不满意的地方，请到这边坐下慢慢说，我认真听着。',
              effect: { anger: -15, trust: 10 },
              feedback:
                '好的开头：亲切的问候，把客户从拥挤的柜台请到一边，创造一个和谐的沟通环境。你没有说“领导不在”，而是自己先接住问题——这就是“人人受理投诉”。',
              next: 'vent',
            },
            {
              id: 'greet-boss',
              text: '领导不在。您什么事？跟我说吧，后面还有人排队呢。',
              effect: { anger: 10, trust: -5 },
              feedback:
                '“领导不在”听起来像推托，提“后面还有人排队”更像在催客户。高峰期压力大可以理解，但客户此刻只感到自己不被重视。',
              next: 'vent',
            },
            {
              id: 'greet-calm-down',
              text: '您别激动嘛，有什么事好好说，大厅里这么多人看着呢。',
              effect: { anger: 20, trust: -10 },
              feedback:
                '“你别激动嘛”是一句服务忌语：它否定了客户的情绪；再当众提“这么多人看着”，客户更觉得没面子，火气只会更大。',
              next: [{ when: { angerAtLeast: 100 }, to: 'end-escalated' }, { to: 'vent' }],
            },
          ],
        },
        {
          id: 'vent',
          customer: [
            {
              when: { angerAtLeast: 80 },
              text: '你们自己看！（把账单摔在台面上）这个月多出来一项“代收信息费”35 块！我从来没订过什么信息服务，你们就是巧立名目、乱收费！今天不给我退钱、不赔我损失，我就告到底！',
            },
            {
              text: '（坐下来，把账单推过来）我最近一直觉得话费比平时高一点，今天打出账单一看，多了一项“代收信息费”35 块，我根本不知道是什么。你们这不是巧立名目乱收费吗？钱要退给我，损失也要补偿。',
            },
          ],
          replies: [
            {
              id: 'vent-listen',
              text: '（点头，等客户说完）是啊，账单上出现一笔看不明白的费用，换了谁都会着急。谢谢您告诉我，给您添麻烦了，我向您道歉。这件事我马上过问。',
              effect: { anger: -20, trust: 15 },
              feedback:
                '这是第一步“让用户发泄”的标准做法：不打断，用“是啊”回应，感谢、致歉，并表态立刻过问。注意你道歉的是给客户带来的困扰，并没有在核对之前承认“乱收费”。',
              next: 'gather',
            },
            {
              id: 'vent-explain',
              text: '（客户还没说完就插话）这个我知道，代收信息费是 SP 收的，不是我们移动收的，您得去找 SP。',
              effect: { anger: 15, trust: -15 },
              feedback:
                '即使你的解释有道理，在客户开口的时候打断他，是安抚情绪的大忌；“您得去找 SP”更是“这不归我负责”式的推诿，“SP”这样的行话客户也听不懂。客户是在我们这里看到这笔费用的，他会认为这就是我们的事。',
              next: [{ when: { angerAtLeast: 95 }, to: 'end-escalated' }, { to: 'gather' }],
            },
            {
              id: 'vent-deny',
              text: '我们的收费都是按规定来的，不可能乱收您的钱。',
              effect: { anger: 10, trust: -10 },
              feedback:
                '这是简单的否认，“不可能”也是一句服务忌语。还没核对就替公司辩护，客户只会觉得你在护短——不要总是为自己辩护。',
              next: 'gather',
            },
          ],
        },
        {
          id: 'gather',
          customer: [
            { when: { trustAtLeast: 35 }, text: '（语气缓和了一些）那你说，这 35 块到底是怎么回事？' },
            { when: { angerAtLeast: 80 }, text: '少跟我来这一套！你就说这钱退不退？' },
            { text: '行，你说吧，到底怎么回事。' },
          ],
          replies: [
            {
              id: 'gather-open',
              text: '我们一起来把这笔费用弄清楚。能跟我说说，您是从什么时候开始觉得话费偏高的吗？',
              effect: { anger: -10, trust: 15 },
              feedback:
                '第二步的要领：先向客户表示“我们一起来解决这个问题”，再用一个开放式的问题开头，让客户把经过讲出来。客户成了解决问题的一员，而不是问题的一部分。',
              next: 'check',
            },
            {
              id: 'gather-barrage',
              text: '您订过梦网业务没有？回复过什么广告短信没有？手机借给别人用过没有？家里人有没有用过您的手机？',
              effect: { anger: 10, trust: -10 },
              feedback:
                '连续四个封闭式问题，中间一句感受也没有，客户会觉得在受审问。第二步要求一次问一个问题，连续发问不要超过三个，否则中间必须谈谈自己的感受。',
              next: 'check',
            },
            {
              id: 'gather-blame',
              text: '代收信息费一般都是用户自己点播的，您回去好好想想是不是自己订了。',
              effect: { anger: 20, trust: -15 },
              feedback: '没有核对就认定是客户的错，等于说“你肯定弄混了”；再让他“回去想想”，就是把问题推回给客户。',
              next: [{ when: { angerAtLeast: 90 }, to: 'end-escalated' }, { to: 'check' }],
            },
          ],
        },
        {
          id: 'check',
          customer: [
            {
              when: { trustAtLeast: 50 },
              text: '我是上个月开始觉得不对的。平时也就打打电话、发发短信，没订过什么东西。你帮我查查吧。',
            },
            { when: { angerAtLeast: 70 }, text: '查什么查？我说没订就是没订！' },
            { text: '我没订过什么东西。你要查就查，我倒要看看你能查出什么。' },
          ],
          replies: [
            {
              id: 'check-together',
              text: '好的。我先把您这个号码的详细清单调出来，请您和我一起一条条看；同时请后台向提供这项信息服务的公司调取记录，逐条对照。核对清楚之前，我不下结论。',
              effect: { anger: -10, trust: 15 },
              feedback:
                '这正是汕头那次调查的做法：把服务商（SP）的通信记录和客户的清单对照，用记录说话。请客户一起看、并说明“核对前不下结论”，既不替公司辩护，也不轻易承认乱收费。对客户说“提供这项信息服务的公司”，不说“SP”这类行话。',
              next: 'offer',
            },
            {
              id: 'check-assume',
              text: '系统显示这笔是 SP 代收的，我们只是代收，肯定没有错。',
              effect: { anger: 15, trust: -15 },
              feedback:
                '“肯定没有错”是没核对就下结论，“我们只是代收”又把责任推给了服务商，“SP”这样的行话客户也听不懂。客户要的是弄清这笔钱的来历，而不是听我们为自己辩护。',
              next: [{ when: { angerAtLeast: 90 }, to: 'end-escalated' }, { to: 'offer' }],
            },
            {
              id: 'check-leave',
              text: '这个我也不清楚，您等一下，我去后面问问。（离开柜台，很久没有回来）',
              effect: { anger: 20, trust: -10 },
              feedback:
                '“不清楚”属于服务禁用语里的不确定词语；离开时不说明去做什么、要多久，把客户晾在高峰期的大厅里，情绪会迅速反弹。需要离开时，要说清楚原因和大约多长时间。',
              next: [{ when: { angerAtLeast: 80 }, to: 'end-lost' }, { to: 'offer' }],
            },
          ],
        },
        {
          id: 'offer',
          customer: [
            {
              when: { trustAtLeast: 60 },
              text: '（看着清单）嗯，你这么一条条对，我心里有点数了。那这钱，还有我的损失，怎么办？',
            },
            { when: { angerAtLeast: 60 }, text: '对来对去有什么用？我就问你：钱退不退？赔不赔？' },
            { text: '好，就算要查。那钱到底退不退？我的损失谁赔？' },
          ],
          replies: [
            {
              id: 'offer-branches',
              text: '我把两种情况都跟您说清楚：如果记录显示是您这个号码点播的，我把每一条的时间和发送号码指给您看，并马上帮您取消这项服务，以后不会再扣；如果查不到您的订购记录，我马上报给主管，按核对结果处理这 35 元。您提到的补偿，超出了我能当场答复的范围，我也会如实报给主管。今天下班前，我给您回电话答复。您看这样可以吗？',
              effect: { anger: -15, trust: 20 },
              feedback:
                '第三步做得很好：围绕客户的期望值（弄清这笔钱的来历）给出方案，不预设核对结果，也不替公司许下没有依据的承诺；对当场无法答复的要求，不一口回绝，而是给出替代做法和明确的回复时间。',
              next: 'close',
            },
            {
              id: 'offer-flat-no',
              text: '退不退要看核对结果，赔偿是不可能的，公司没有这个规定。',
              effect: { anger: 15, trust: -10 },
              feedback:
                '“不可能”和“公司没有这个规定”都是忌语式的说法：只告诉客户不能做什么，没有替代方案。要求不能满足时，一定要给客户一个替代方案。',
              next: [{ when: { angerAtLeast: 80 }, to: 'end-escalated' }, { to: 'close' }],
            },
            {
              id: 'offer-overpromise',
              text: '您放心，钱肯定全退，我再做主送您 100 元话费作为补偿。',
              effect: { anger: -10, trust: 5 },
              feedback:
                '客户当场也许高兴了，但你在核对之前就承诺“肯定全退”，又许下超出自己权限的补偿。承诺做不到的事，等于为下一次更大的投诉埋下伏笔。',
              next: 'end-broken-promise',
            },
          ],
        },
        {
          id: 'close',
          customer: [
            { when: { trustAtLeast: 60 }, text: '行，就按你说的办。你们早这样说清楚，我也不会发这么大的火。' },
            { when: { angerAtLeast: 60 }, text: '哼，说得好听。我怎么知道你们不是在拖时间？' },
            { text: '那……好吧，你先记下来。' },
          ],
          replies: [
            {
              id: 'close-full',
              text: '我再跟您确认一下：清单我们一起看过了，那家公司的记录由后台调来对照，按核对结果处理这 35 元；您的补偿要求我报给主管，今天下班前给您回电。这样安排您看可以吗？今天给您添麻烦了，再次向您道歉，也谢谢您信任我们、把问题告诉我们。以后账单上有看不明白的地方，欢迎随时来营业厅，或者拨打电话找我们。',
              effect: { anger: -15, trust: 10 },
              feedback:
                '完整的收尾（close）：重复做法防止误解，用封闭式问题确认客户是否满意，再次致歉，感谢信任，重新表达服务意愿，欢迎下次再来。',
              next: [
                { when: { trustAtLeast: 80, angerBelow: 20 }, to: 'end-resolved' },
                { when: { angerAtLeast: 60 }, to: 'end-escalated' },
                { to: 'end-resolved-partial' },
              ],
            },
            {
              id: 'close-rush',
              text: '好了，就这样吧，后面还有好多人排队呢。',
              effect: { anger: 20, trust: -20 },
              feedback:
                '匆忙收尾让客户觉得你很高兴把他打发走了。前面做得再好，最后一句也可能前功尽弃：close 要重复做法、确认满意、致歉和感谢。',
              next: [{ when: { angerAtLeast: 50 }, to: 'end-lost' }, { to: 'end-resolved-partial' }],
            },
            {
              id: 'close-handoff',
              text: '您要是还不放心，我请我们值班经理来跟您说。',
              effect: { trust: -5 },
              feedback:
                '把快要谈妥的事交出去，客户会觉得你说话不算、事情还要从头再来。确有超出权限的部分需要主管出面时，应先复述已经谈妥的做法，再说明请主管来解决的是哪一部分。',
              next: 'end-escalated',
            },
          ],
        },
      ],
      endings: [
        {
          id: 'end-resolved',
          ending: 'resolved',
          title: '查清费用，客户满意离开',
          text: '客户接受了核对与处理的安排，临走时火气全消。你按约定的时间回电答复了补偿要求。先解决心情、再解决事情，一宗可能升级的投诉在营业厅一次解决。',
          score: 95,
        },
        {
          id: 'end-resolved-partial',
          ending: 'resolved',
          title: '问题处理了，关系没修好',
          text: '客户接受了安排，但带着不满离开。费用的问题会按核对结果处理，可这次接待给他留下的“真理瞬间”并不愉快——过程和结果，客户两样都在乎。',
          score: 70,
        },
        {
          id: 'end-escalated',
          ending: 'escalated',
          title: '客户坚持找领导，投诉升级',
          text: '客户不再信任你，坚持要见领导，值班经理只好出面接手。问题还得从头讲一遍，处理成本和客户的不满都在加大。',
          score: 35,
        },
        {
          id: 'end-broken-promise',
          ending: 'escalated',
          title: '承诺无法兑现，再次投诉',
          text: '客户当天满意地离开了。可核对之前的“肯定全退”和超出权限的 100 元补偿都没能兑现，不得不改口，客户认为被骗，再次投诉并要求见领导。',
          score: 25,
        },
        {
          id: 'end-lost',
          ending: 'lost',
          title: '客户愤然离开',
          text: '客户丢下一句“你们等着瞧”，转身离开了营业厅。问题没有解决，信任也没有了。第一讲讲过：不满的客户会把不满告诉另外 25 人。',
          score: 10,
        },
      ],
      explanation:
        '这道情境题按平息抱怨的四个步骤展开：先让客户发泄，再搜集信息，把详细清单与服务商（SP）的记录逐条对照，然后围绕客户的期望给出方案，最后完整地 close。高分路线的共同点是不打断、不否认、不推诿、不预设核对结果，也不许下超出权限的承诺；对当场不能满足的补偿要求，给出替代做法和回复时间。',
      section: { slide: 28, heading: '35 元代收信息费' },
    },
  ],
  summary:
    '先解决心情，再解决事情：让客户把话说完，一起把详细清单和服务商（SP）的记录逐条对照，核对之后再下结论；方案围绕客户的期望值，权限外的要求给替代做法和回复时间，最后完整地 close。',
} satisfies CaseStudyData;

export const psychologicalPrep = {
  id: 'psychological-prep',
  lectureId: 'techniques',
  title: '心理准备与重点整理',
  type: 'exercise',
  intro: '回顾本讲开头的投诉处理心理准备，以及本讲最后的重点整理。',
  questions: [
    {
      id: 'psychological-prep-q1',
      kind: 'multiple',
      prompt: '以下哪些属于投诉处理的心理准备？（多选）',
      options: [
        { id: 'a', text: '在得失问题上要深谋远虑' },
        { id: 'b', text: '以信为本，以诚动人' },
        { id: 'e', text: '据理力争，维护个人的尊严' },
        { id: 'c', text: '时刻提醒自己：我代表公司而不是个人' },
        { id: 'f', text: '先判断客户有没有道理，再决定投入多少耐心' },
        { id: 'd', text: '学会克制自己的情绪' },
      ],
      correct: ['a', 'b', 'c', 'd'],
      explanation:
        '深谋远虑、以信为本、代表公司而不是个人、克制情绪，都是投诉处理的心理准备（此外还有持续创造积极的真理瞬间、换位思考、把投诉处理当作自我提升的一次考验）。“维护个人尊严”把投诉当成了针对个人，正好违背“我代表公司而不是个人”；先判断有没有道理再决定耐心，则违背了换位思考和以诚动人。',
      section: { slide: 2, heading: '心理准备（一）' },
    },
    {
      id: 'psychological-prep-q2',
      kind: 'truefalse',
      prompt: '判断下面的说法是否正确。',
      statement: '客户对公司的评价，是由他与公司一次次接触中的“真理瞬间”累积起来的。',
      correct: true,
      explanation:
        '这是投诉处理的心理准备之一。客户与公司的每一次接触都是他形成判断的时刻；重点整理中也说，客户的判断依据是他对公司、部门及你本人的“真理瞬间”。',
      section: { slide: 3, heading: '心理准备（二）' },
    },
    {
      id: 'psychological-prep-q3',
      kind: 'single',
      prompt: '按照重点整理，解决问题的第一步永远是什么？',
      options: [
        { id: 'c', text: '给出解决方案' },
        { id: 'b', text: '查清是谁的责任' },
        { id: 'd', text: '核实客户的身份和账户信息' },
        { id: 'a', text: '处理客户的情感' },
      ],
      correct: 'a',
      explanation:
        '重点整理的第一条就是：解决问题的第一步永远是处理客户的情感。这与平息抱怨的第一步“让用户发泄”一致。查责任、核实信息、给方案都很重要，但客户情绪未平时，他听不进去。',
      section: { slide: 33, heading: '重点整理' },
    },
    {
      id: 'psychological-prep-q4',
      kind: 'truefalse',
      prompt: '判断下面的说法是否正确。',
      statement: '大多数时候，客户最关心的是客服人员懂得多少业务知识。',
      correct: false,
      explanation:
        '重点整理说的正相反：大多数时候客户不关心你懂得多少，而只是关心你关注他们多少。业务知识是解决问题的基础，但客户首先感受的是你是否在乎他的问题。',
      section: { slide: 33, heading: '重点整理' },
    },
    {
      id: 'psychological-prep-q5',
      kind: 'single',
      prompt: '客户要求今天就上门维修，但今天已经排满。哪一种说法体现了“告诉客户你能做什么，而不是不能做什么”？',
      options: [
        { id: 'a', text: '今天不行，只能等明天了，您明天再打电话来吧。' },
        { id: 'b', text: '明天上午可以上门，我现在就帮您登记，好吗？' },
        { id: 'c', text: '今天实在排不过来，这是公司的规定，请您理解一下。' },
        { id: 'd', text: '我试试看吧，帮您问问师傅，不一定能安排得上。' },
      ],
      correct: 'b',
      explanation:
        '“明天上午可以上门，我现在就帮您登记”说的是能做什么、什么时候做，并请客户确认，客户得到的是一个确定的安排。“今天不行，只能等明天”和“我试试看”正是服务忌语；“这是公司的规定”拿规定挡在前面，只说了不能做什么。',
      section: { slide: 33, heading: '重点整理' },
    },
    {
      id: 'psychological-prep-q6',
      kind: 'truefalse',
      prompt: '判断下面的说法是否正确。',
      statement: '“买卖不成仁义在”说明客户只在乎处理结果，过程怎样并不重要。',
      correct: false,
      explanation:
        '客户对事物有两种追求：过程和结果。“买卖不成仁义在”恰恰是说，即使结果没能让客户满意，处理过程中的尊重和诚意也会被记住。',
      section: { slide: 33, heading: '重点整理' },
    },
  ],
  summary:
    '处理投诉先摆正心态：代表公司、克制情绪、换位思考、以诚动人。解决问题的第一步永远是处理客户的情感；客户既看过程也看结果，要告诉客户你能做什么。',
} satisfies CaseStudyData;

export const lectureCases = [
  receivingComplaints,
  listeningAndBody,
  calmingSteps,
  forbiddenPhrasesDrill,
  infoFee35,
  psychologicalPrep,
];
