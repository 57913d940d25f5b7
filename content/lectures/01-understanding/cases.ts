import type { CaseStudyData } from '../../../src/lib/quiz/types';

export const whyCustomersComplain = {
  id: 'why-customers-complain',
  lectureId: 'understanding',
  title: '练习：客户为什么投诉，我们为什么要处理好投诉',
  type: 'exercise',
  intro:
    '投诉背后有三类常见原因，每一类原因旁边都有一句一线人员常说的话。先把原因和这句话对上号，再想一想：把投诉处理好，对企业到底意味着什么。',
  questions: [
    {
      id: 'why-customers-complain-q1',
      kind: 'matching',
      prompt: '请把客户投诉的三类原因，与一线人员面对这类投诉时常说的那句话配对。',
      pairs: [
        { id: 'quality', left: '商品品质不良', right: '“这个产品就这样”' },
        { id: 'service', left: '服务方式不正确', right: '“用户太刁蛮”' },
        { id: 'new', left: '使用不习惯的新商品、新服务', right: '“自己不看说明书”' },
      ],
      explanation:
        '“这个产品就这样”对应商品品质不良，“用户太刁蛮”对应服务方式不正确，“自己不看说明书”对应使用不习惯的新商品、新服务。三句话的共同点是把原因推到客户身上：品质问题成了理所当然，服务方式的问题成了客户脾气不好，使用障碍成了客户的错，企业自己的问题就被掩盖了。',
      section: { slide: 12, heading: '客户为什么投诉' },
    },
    {
      id: 'why-customers-complain-q2',
      kind: 'truefalse',
      prompt: '判断正误。',
      statement: '遇到态度强硬的客户，把这次投诉记作“用户太刁蛮”，是对投诉原因的客观总结。',
      correct: false,
      explanation:
        '与“用户太刁蛮”这句话对应的投诉原因是“服务方式不正确”；“刁蛮”说的是客户，不是投诉的原因。客户的态度可能确实强硬，但如果只记下“刁蛮”，我们就不会再去检查自己的服务方式，同类投诉还会再来。这正是“我们能不能抱怨客户？”这一反思的用意。',
      section: { slide: 12, heading: '客户为什么投诉' },
    },
    {
      id: 'why-customers-complain-q3',
      kind: 'multiple',
      prompt: '下列哪些属于“处理投诉的意义”？（多选）',
      options: [
        { id: 'a', text: '恢复客户对企业的信赖感' },
        { id: 'b', text: '避免引起更大的纠纷和恶性事件' },
        { id: 'c', text: '收集信息' },
        { id: 'd', text: '满意的投诉客户会把满意告诉另外 2–5 人，是企业最好的中介' },
        { id: 'e', text: '证明客户的要求不合理，减少以后的赔偿' },
        { id: 'f', text: '只要投诉当场结束，客户就不会再告诉别人' },
      ],
      correct: ['a', 'b', 'c', 'd'],
      explanation:
        '处理投诉的意义是：恢复信赖感、避免更大的纠纷和恶性事件、收集信息，而且满意的投诉客户会告诉另外 2–5 人，而不满意的客户会把不满告诉另外 25 人。“证明客户不合理”不是处理投诉的目的；“当场结束就不会外传”恰恰与 25 人的说法相反——没有真正满意的客户，会把不满带出去。',
      section: { slide: 13, heading: '处理投诉的意义' },
    },
    {
      id: 'why-customers-complain-q4',
      kind: 'single',
      prompt: '一位对投诉处理不满意的客户，会把不满告诉另外多少人？',
      options: [
        { id: 'a', text: '2–5 人' },
        { id: 'b', text: '10 人' },
        { id: 'c', text: '25 人' },
        { id: 'd', text: '不会告诉别人' },
      ],
      correct: 'c',
      explanation:
        '不满意的投诉客户会把不满告诉另外 25 人，而满意的投诉客户会把满意告诉另外 2–5 人。2–5 是满意客户的数字，容易混淆。两者相差数倍，这正是“不满意客户是企业的灾难”的原因。',
      section: { slide: 13, heading: '处理投诉的意义' },
    },
  ],
  summary:
    '投诉的原因多半在我们这一边：品质、服务方式、新商品新服务的使用障碍。不要用“产品就这样”“用户太刁蛮”“自己不看说明书”把问题推回给客户。处理好一次投诉，能挽回信赖、防止事态扩大、收集信息；处理不好，一个不满的客户会告诉另外 25 人。',
} satisfies CaseStudyData;

export const sevenWishes = {
  id: 'seven-wishes',
  lectureId: 'understanding',
  title: '练习：客户投诉的“七个希望”',
  type: 'exercise',
  intro:
    '投诉的客户心里有七个希望：四个偏理性，三个偏感性。把它们分好类，再想一想“讨回公道”对我们的处理方式意味着什么。',
  questions: [
    {
      id: 'seven-wishes-q1',
      kind: 'matching',
      prompt: '请把客户的七个希望分为“理性”与“感性”两类。',
      pairs: [
        { id: 'know', left: '希望了解问题', right: '理性' },
        { id: 'solve', left: '希望解决问题', right: '理性' },
        { id: 'compensate', left: '希望得到补偿', right: '理性' },
        { id: 'avoid', left: '希望避免失误', right: '理性' },
        { id: 'respect', left: '希望得到尊重（重视）', right: '感性' },
        { id: 'vent', left: '希望得以倾诉（理解）', right: '感性' },
        { id: 'pleasure', left: '希望体会愉悦', right: '感性' },
      ],
      explanation:
        '理性的四个希望都与“事情”有关：弄清问题、解决问题、得到补偿、以后不再出错。感性的三个希望都与“心情”有关：被尊重和重视、能把话说出来并被理解、在接触中感到愉快。只处理事情、不照顾心情，客户往往仍然不满意。',
      section: { slide: 15, heading: '七个希望' },
    },
    {
      id: 'seven-wishes-q2',
      kind: 'single',
      prompt: '绝大多数投诉客户真正想要的是什么？企业应当怎样回应？',
      options: [
        { id: 'a', text: '想借机多要钱；所以应当一律按最低标准处理' },
        { id: 'b', text: '只想讨回公道；企业只要做些大于客户期望的补偿，他们就会回报' },
        { id: 'c', text: '只想发泄情绪；所以听完就可以结束通话' },
        { id: 'd', text: '想让企业公开认错；所以每次都要书面道歉' },
      ],
      correct: 'b',
      explanation:
        '原话是：绝大多数客户只想讨回公道，因此企业只要做些大于客户期望的补偿，他们就会回报。把客户都当成“借机要钱”会让处理变成对抗；只听不办则丢掉了“解决问题”“得到补偿”这些理性希望；“每次书面道歉”并不是这里的结论。',
      section: { slide: 16, heading: '讨回公道' },
    },
    {
      id: 'seven-wishes-q3',
      kind: 'truefalse',
      prompt: '判断正误。',
      statement: '既然客户只想讨回公道，那么只要把问题解决了，客户的感受可以不必理会。',
      correct: false,
      explanation:
        '“公道”里既有事情的处理，也有被尊重、被理解的感受；七个希望中有三个是感性的。问题解决了但客户觉得没被重视、话没说完，他仍然会觉得没讨回公道。',
      section: { slide: 16, heading: '讨回公道' },
    },
  ],
  summary:
    '七个希望 = 四个理性（了解问题、解决问题、得到补偿、避免失误）+ 三个感性（得到尊重、得以倾诉、体会愉悦）。绝大多数客户只想讨回公道：把事情和心情都照顾到，再给一点超出期望的补偿，客户就会回报。',
} satisfies CaseStudyData;

export const complaintStructure2007 = {
  id: 'complaint-structure-2007',
  lectureId: 'understanding',
  title: '练习：读懂 2007 年 5 月投诉结构分析图',
  type: 'exercise',
  intro:
    '回想本讲的“07 年 5 月份投诉结构分析图”：一家家电企业用户服务部当月的投诉分为五类，合计 209 件。请根据你对这张图的理解回答问题。',
  questions: [
    {
      id: 'complaint-structure-2007-q1',
      kind: 'single',
      prompt: '2007 年 5 月，哪一类投诉最多？',
      options: [
        { id: 'a', text: '一次服务不到位，70 件，占 33%' },
        { id: 'b', text: '不按预约时间上门，78 件，占 38%' },
        { id: 'c', text: '服务拖期，50 件，占 24%' },
        { id: 'd', text: '收费不合理，5 件，占 2%' },
      ],
      correct: 'b',
      explanation:
        '图中最大的一块是“不按预约时间上门”：209 件中有 78 件，标注为 38%。“一次服务不到位”70 件（33%）紧随其后，容易被误选。收费不合理只有 5 件（2%），是最小的一类。',
      section: { slide: 18, heading: '投诉结构' },
    },
    {
      id: 'complaint-structure-2007-q2',
      kind: 'single',
      prompt: '排名前三的三类投诉（不按预约时间上门、一次服务不到位、服务拖期）合计约占全部投诉的多少？',
      options: [
        { id: 'a', text: '约 62%' },
        { id: 'b', text: '约 71%' },
        { id: 'c', text: '约 95%' },
        { id: 'd', text: '约 100%' },
      ],
      correct: 'c',
      explanation:
        '三类合计 78 + 70 + 50 = 198 件，占 209 件的约 95%(按图中标注也是 38% + 33% + 24% = 95%)。只剩“其他”6 件和“收费不合理”5 件。这说明这个月的问题高度集中，抓住前三类就抓住了绝大部分投诉。',
      section: { slide: 18, heading: '投诉结构' },
    },
    {
      id: 'complaint-structure-2007-q3',
      kind: 'single',
      prompt: '从这张图看，这个月的投诉主要指向哪一方面的问题？',
      options: [
        { id: 'a', text: '收费和价格' },
        { id: 'b', text: '守时与一次把事情办好（上门准时、一次到位、不拖期）' },
        { id: 'c', text: '客户自己不会使用产品' },
        { id: 'd', text: '无法归类的个别事件' },
      ],
      correct: 'b',
      explanation:
        '前三类——不按预约时间上门、一次服务不到位、服务拖期——都是服务过程中“时间”和“一次办好”的问题，合计约 95%。收费不合理只有 2%，“其他”只有 3%。图中也没有“客户不会使用”这一类，所以把原因推给客户没有数据支持。',
      section: { slide: 18, heading: '投诉结构' },
    },
  ],
  summary:
    '209 件投诉中，不按预约时间上门（78 件，38%）、一次服务不到位（70 件，33%）、服务拖期（50 件，24%）合计约 95%:客户最在意的是我们守不守时、能不能一次把事情办好。数据能让我们看清改进的重点。',
} satisfies CaseStudyData;

export const chenAtu = {
  id: 'chen-atu',
  lectureId: 'understanding',
  title: '案例：陈阿土的故事',
  type: 'case',
  narrative: {
    customer: '陈阿土，台湾的农民，从来没有出过远门；攒了半辈子的钱，第一次参加旅游团出国',
    demand: '听懂服务生每天早上的问候，体面地应对服务生',
    facts: [
      '早晨服务生敲门送早餐时大声说：“Good morning sir！”陈阿土愣住了。',
      '在他的家乡，陌生人见面一般会问“您贵姓？”，于是他大声回答：“我叫陈阿土！”',
      '一连三天，同一位服务生每天都说“Good morning sir！”，陈阿土每天都回答“我叫陈阿土！”，还有些生气：服务生天天问自己叫什么，告诉他又记不住。',
      '他终于忍不住去问导游，才知道这句话的意思，觉得丢脸极了，于是反复练习“Good morning sir！”。',
      '又一天早晨服务生照常来敲门。门一开，陈阿土就大声说：“Good morning sir！”服务生回答的却是：“我叫陈阿土！”',
    ],
  },
  questions: [
    {
      id: 'chen-atu-q1',
      kind: 'single',
      prompt: '陈阿土为什么连续三天回答“我叫陈阿土！”？',
      options: [
        { id: 'a', text: '他想和服务生开个玩笑' },
        { id: 'b', text: '他按家乡的习惯，以为对方在问他贵姓' },
        { id: 'c', text: '导游事先教他这样回答' },
        { id: 'd', text: '他对早餐不满意，故意不配合' },
      ],
      correct: 'b',
      explanation:
        '故事交代得很清楚：在陈阿土的家乡，陌生人见面一般会问“您贵姓？”，所以他把听不懂的问候理解成了问姓名。他是认真在回应，不是开玩笑，也不是故意不配合；导游是在三天之后才向他解释的。客户总是用自己熟悉的经验来理解我们的话。',
      section: { slide: 24, heading: '职业化的服务行为' },
    },
    {
      id: 'chen-atu-q2',
      kind: 'truefalse',
      prompt: '判断正误。',
      statement: '故事结尾，服务生用“我叫陈阿土！”来回应陈阿土的问候——误解并不只发生在客户一方。',
      correct: true,
      explanation:
        '故事最后一句就是：门一开，陈阿土说“Good morning sir！”，服务生回答的却是“我叫陈阿土！”。陈阿土误以为对方在问姓名，结尾轮到服务生答非所问，误解在双方之间来回传递。由此可以得出（本课程的分析）：专业的一方应当主动去确认——三天里服务生天天听到同样的回答，本可以想办法弄清楚。',
      section: { slide: 24, heading: '职业化的服务行为' },
    },
    {
      id: 'chen-atu-q3',
      kind: 'truefalse',
      prompt: '判断正误。',
      statement: '职业化的服务行为，就是把规范用语背熟，每天准确地说一遍。',
      correct: false,
      explanation:
        '服务生每天都准确地说了规范问候，客户却连续三天没听懂，而且还生了气。规范用语是基础，但职业化还包括留意客户的反应、发现对方没听懂时换一种对方能懂的方式。只会照本宣科，不算职业化。',
      section: { slide: 24, heading: '职业化的服务行为' },
    },
    {
      id: 'chen-atu-q4',
      kind: 'single',
      prompt: '把这个故事带回呼叫中心，下面哪一种做法最能体现职业化的服务行为？',
      options: [
        { id: 'a', text: '坚持使用标准话术和专业术语，客户听不懂是客户的问题' },
        { id: 'b', text: '客户怎么说就跟着怎么说，避免纠正客户' },
        { id: 'c', text: '用客户听得懂的话说明，发现客户的回应不对劲时，主动换个说法并确认对方理解了' },
        { id: 'd', text: '客户没听懂时，提高音量再重复一遍原话' },
      ],
      correct: 'c',
      explanation:
        '职业化的服务行为是以客户能理解为目标：用客户熟悉的语言，并在回应异常时主动确认（本课程从故事得出的分析）。只守话术、不管客户懂不懂，就是故事里的服务生；客户怎么说就跟着怎么说，双方仍然没有弄清对方的意思；提高音量重复原话并不能解决“听不懂”。',
      section: { slide: 24, heading: '职业化的服务行为' },
    },
  ],
  summary:
    '客户用自己熟悉的经验理解我们的话。职业化的服务行为不只是说规范用语，更要留意客户的反应，用客户听得懂的方式沟通，并主动确认对方真正理解——不要让误解在双方之间来回传递。',
} satisfies CaseStudyData;

export const refrigeratorRepair = {
  id: 'refrigerator-repair',
  lectureId: 'understanding',
  title: '案例：冰箱维修的四个电话',
  type: 'case',
  narrative: {
    customer: '某用户，家里的某品牌冰箱坏了',
    demand: '报修冰箱，希望尽快修好',
    facts: [
      '用户打电话报修，马上就有工程师上门维修，但刚好缺一个配件。工程师非常客气地说明可能缺一个配件，回去后再和用户确认需要多长时间提供配件并修好。',
      '第一个电话：不久，服务中心来电，首先道歉，并告诉用户可能需要一周时间。用户心里不是十分高兴，但对方态度非常好，又给了较明确的时间，也就答应了。',
      '第二个电话：过了两天，服务中心又来电，为不能及时修好表示道歉，告诉用户配件已经在路上，预计再过两三天就能到。用户不快的心情有所缓解，认为这个品牌还是很负责任的。',
      '第三个电话：又过了两天，服务中心来电，首先又是道歉，然后说配件已经到了，问用户什么时候方便上门维修，双方约定了时间。用户开始对这个品牌有了好感。',
      '过了一天，工程师上门把冰箱修好。',
      '第四个电话：当天服务中心又来电，首先又是道歉，然后询问冰箱是否已经修好、是否还有其他不满意的地方。这时用户已经从有好感变成了感动。',
    ],
  },
  questions: [
    {
      id: 'refrigerator-repair-q1',
      kind: 'single',
      prompt: '在这个案例中，让用户从“不是十分高兴”变成“感动”的关键是什么？',
      options: [
        { id: 'a', text: '配件第二天就到了，维修速度非常快' },
        { id: 'b', text: '服务中心给了用户一笔补偿' },
        { id: 'c', text: '服务中心主动多次来电，每次先道歉，再告知明确的进展，修好后还回访' },
        { id: 'd', text: '工程师的维修技术非常高超' },
      ],
      correct: 'c',
      explanation:
        '维修其实并不快：先说要一周，配件前后等了好几天。故事里也没有提到任何补偿，技术水平更不是故事的重点。改变用户感受的是服务中心的主动：在用户开口追问之前一次次来电，每次先道歉，再告诉他进展和时间，修好后还主动回访——这就是“主动服务的意识”。',
      section: { slide: 28, heading: '主动服务的意识' },
    },
    {
      id: 'refrigerator-repair-q2',
      kind: 'ordering',
      prompt: '请按时间顺序排列服务中心的四个电话。',
      items: [
        { id: 'call1', text: '道歉，告知可能需要一周时间' },
        { id: 'call2', text: '为不能及时修好道歉，告知配件已在路上，预计两三天到' },
        { id: 'call3', text: '道歉，告知配件已到，询问何时方便上门维修' },
        { id: 'call4', text: '修好当天道歉，询问是否已修好、还有没有其他不满意的地方' },
      ],
      explanation:
        '四个电话对应维修的四个节点：给出预计时间、报告配件在途、约定上门时间、修好后回访。每一个电话都在用户最可能着急的时候主动打来，而且都先道歉。用户的心情也随之从“不是十分高兴”到“有所缓解”，再到“有好感”，最后“感动”。',
      section: { slide: 28, heading: '主动服务的意识' },
    },
    {
      id: 'refrigerator-repair-q3',
      kind: 'truefalse',
      prompt: '判断正误。',
      statement: '第四个电话打来时冰箱已经修好，这个电话其实可有可无。',
      correct: false,
      explanation:
        '正是修好之后的这个电话，让用户“从有好感变成了感动”。它确认了结果，也给了用户说出其他不满意之处的机会，体现了对结果负责到底。很多投诉就是因为“修完就不管了”才再次发生。',
      section: { slide: 28, heading: '主动服务的意识' },
    },
    {
      id: 'refrigerator-repair-q4',
      kind: 'single',
      prompt: '服务中心每一次来电，开头都先做什么？',
      options: [
        { id: 'a', text: '核对用户身份' },
        { id: 'b', text: '道歉' },
        { id: 'c', text: '介绍新产品' },
        { id: 'd', text: '解释缺配件不是自己的责任' },
      ],
      correct: 'b',
      explanation:
        '四个电话都先道歉：第二个电话明确是为不能及时修好道歉，其余三次故事只说“首先道歉”。先道歉照顾的是用户的心情，再谈进展处理的是事情。把责任推给配件，正是第二讲服务禁用语里“配件没有到，到了再修吧”这类说法的问题所在。',
      section: { slide: 28, heading: '主动服务的意识' },
    },
  ],
  summary:
    '同样是缺配件、要等几天，主动的服务能让一个“不是十分高兴”的用户最后“感动”：在客户追问之前主动联系，每次先道歉，给出明确的进展和时间，修好后再回访确认。',
} satisfies CaseStudyData;

export const satisfactionElements = {
  id: 'satisfaction-elements',
  lectureId: 'understanding',
  title: '练习：客户满意与五要素',
  type: 'exercise',
  intro:
    '客户满意取决于客户接受服务后的评价与他事前期待的对照。影响客户满意的因素可以归纳为五个要素：良好的服务形象、职业化的服务行为、服务响应速度、解决问题的能力、主动服务的意识。',
  questions: [
    {
      id: 'satisfaction-elements-q1',
      kind: 'single',
      prompt: '同一项服务，甲客户很满意，乙客户却不满意。用“事前期待”与“事后评价”来看，最合理的解释是：',
      options: [
        { id: 'a', text: '乙客户天生爱挑剔' },
        { id: 'b', text: '两人的事前期待不同，各自拿接受服务后的评价去对照自己的期待' },
        { id: 'c', text: '服务人员对两人一定用了不同的态度' },
        { id: 'd', text: '满意度有固定的计算公式，只是乙算错了' },
      ],
      correct: 'b',
      explanation:
        '客户满意要放在两点之间来看：事前期待（“能够给予我多少服务呢？”）和事后评价（接受服务后的评价）。期待不同，同样的服务得到的评价就不同。满意度并没有一个固定的计算公式；把不满意归为客户“爱挑剔”，则又回到了推卸原因的老路。',
      section: { slide: 21, heading: '何为客户满意' },
    },
    {
      id: 'satisfaction-elements-q2',
      kind: 'single',
      prompt: '下列哪一项不属于“客户满意五要素”？',
      options: [
        { id: 'a', text: '良好的服务形象' },
        { id: 'b', text: '服务响应速度' },
        { id: 'c', text: '主动服务的意识' },
        { id: 'd', text: '最低价的资费套餐' },
      ],
      correct: 'd',
      explanation:
        '五要素是：良好的服务形象、职业化的服务行为、服务响应速度、解决问题的能力、主动服务的意识。它们都是服务人员和服务团队自己能做到的事。价格不在五要素之中。',
      section: { slide: 22, heading: '五要素' },
    },
    {
      id: 'satisfaction-elements-q3',
      kind: 'multiple',
      prompt: '下列哪些做法是“要素四 解决问题的能力”中列出的反面做法？（多选）',
      options: [
        { id: 'a', text: '立刻与客户摆道理' },
        { id: 'b', text: '告诉客户：“这是常有的事”' },
        { id: 'c', text: '“你要去问别人，这不是我们的事”' },
        { id: 'd', text: '“我不知道，不清楚”' },
        { id: 'e', text: '先弄清客户遇到的问题，再说明我们能做什么' },
        { id: 'f', text: '对客户说“这个问题我来跟进，处理好后给您回电”' },
      ],
      correct: ['a', 'b', 'c', 'd'],
      explanation:
        '“解决问题的能力”下列出的反面做法包括：立刻与客户摆道理、急于得出结论、“这是常有的事”、吹毛求疵责难客户、“这种问题连小孩子都会”、“绝对不可能发生这种事”、“你要去问别人，这不是我们的事”、“我不知道，不清楚”。先弄清问题、承诺跟进并回电则是正面做法，正好体现“我们的本职就是解决用户的问题”。',
      section: { slide: 27, heading: '解决问题的能力' },
    },
    {
      id: 'satisfaction-elements-q4',
      kind: 'single',
      prompt: '客户说：“你们的业务我按说明操作了，还是用不了。”哪一句回应最符合“我们的本职就是解决用户的问题”？',
      options: [
        { id: 'a', text: '“这种问题连小孩子都会，您再试试。”' },
        { id: 'b', text: '“绝对不可能发生这种事，肯定是您操作错了。”' },
        { id: 'c', text: '“给您添麻烦了。您能说说是哪一步出的问题吗？我们一起把它解决。”' },
        { id: 'd', text: '“这个不归我们管，您去问别的部门吧。”' },
      ],
      correct: 'c',
      explanation:
        '“连小孩子都会”“绝对不可能”“去问别的部门”都是要素四列出的反面做法：贬低客户、武断下结论、把客户推给别人。“给您添麻烦了……我们一起把它解决”先照顾客户的感受，再用一个问题收集信息，并表明要和客户一起解决。',
      section: { slide: 27, heading: '解决问题的能力' },
    },
    {
      id: 'satisfaction-elements-q5',
      kind: 'truefalse',
      prompt: '判断正误。',
      statement: '第一印象并不重要，只要后面把问题解决好，客户对我们的看法很容易改变。',
      correct: false,
      explanation:
        '“良好的服务形象”一条指出：他人对你的认识从你的外在形象开始，你的形象决定了你在他人眼中的定位，而且你很难改变别人对你的第一印象。对电话客服来说，开口的第一句话就是形象。',
      section: { slide: 23, heading: '良好的服务形象' },
    },
  ],
  summary:
    '客户满意是客户拿事后评价去对照事前期待，而不是一个可以套用的公式。五要素——服务形象、职业化的服务行为、响应速度、解决问题的能力、主动服务的意识——都是我们自己能做到的；尤其不要用“这是常有的事”“不是我们的事”“我不知道”把问题推开。',
} satisfies CaseStudyData;

export const lectureCases = [
  whyCustomersComplain,
  sevenWishes,
  complaintStructure2007,
  chenAtu,
  refrigeratorRepair,
  satisfactionElements,
];
