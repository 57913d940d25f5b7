import type { CaseStudyData } from '../../../src/lib/quiz/types';

export const sixStepsOrder = {
  id: 'six-steps-order',
  lectureId: 'toolbox',
  title: '练习：投诉处理六步法',
  type: 'exercise',
  intro: '投诉处理六步法是“抱怨处理百宝箱”的核心。先排出六步的顺序，再把每一步和它的目的配对，最后检查几个关键细节。',
  questions: [
    {
      id: 'six-steps-order-q1',
      kind: 'ordering',
      prompt: '请按正确的顺序排列投诉处理六步法。',
      items: [
        { id: 'a', text: '接受引导' },
        { id: 'b', text: '倾听响应' },
        { id: 'c', text: '确认事实' },
        { id: 'd', text: '提出建议' },
        { id: 'e', text: '达成协议' },
        { id: 'f', text: '落实跟进' },
      ],
      explanation:
        '六步法先安抚、再了解、后分析：先接受引导、安抚客户，再倾听响应、获取信息，然后确认事实、分析问题。事实清楚后才提出建议，双方达成协议后结束通话，最后落实跟进。如果把“提出建议”放到“确认事实”之前，方案就可能建立在没弄清的事实上。',
      section: { slide: 3, heading: '六步法总览' },
    },
    {
      id: 'six-steps-order-q2',
      kind: 'matching',
      prompt: '把每个步骤和它的目的配对。',
      pairs: [
        { id: 'p1', left: '接受引导', right: '安抚客户' },
        { id: 'p2', left: '倾听响应', right: '获取信息' },
        { id: 'p3', left: '确认事实', right: '分析问题' },
        { id: 'p4', left: '提出建议', right: '建议解决方法' },
        { id: 'p5', left: '达成协议', right: '灵活退出' },
        { id: 'p6', left: '落实跟进', right: '显示责任心' },
      ],
      explanation:
        '每一步括号里的目的就是这一步要达到的结果。容易混淆的是“倾听响应”和“确认事实”：前者让客户把话说完、收集信息，后者复述要点、判断问题的实质。“达成协议”的目的是“灵活退出”，即在客户满意的前提下结束通话；“落实跟进”则靠按时回复来显示责任心。',
      section: { slide: 3, heading: '六步法总览' },
    },
    {
      id: 'six-steps-order-q3',
      kind: 'single',
      prompt: '按六步法，第一步“接受引导”时，听与说的比例大约是多少？',
      options: [
        { id: 'b', text: '3:7' },
        { id: 'd', text: '8:2' },
        { id: 'a', text: '7:3' },
        { id: 'c', text: '5:5' },
      ],
      correct: 'a',
      explanation:
        '第一步的表格写明“听与说的比例约为 7:3”：以听为主，让客户感到被重视。3:7 把主次颠倒了，客服说得比客户还多；5:5 不是以听为主。8:2 是第二讲“80/20 法则”（80% 聆听、20% 说服）的比例，出自另一套培训，讲的是同一个道理，但六步法表里写的是 7:3，两者不要混用。',
      section: { slide: 4, heading: '第一步' },
    },
    {
      id: 'six-steps-order-q4',
      kind: 'truefalse',
      prompt: '判断下面的说法是否正确。',
      statement: '第四步“提出建议”时，主动提及赔偿能让客户更快接受方案，是六步法建议的做法。',
      correct: false,
      explanation:
        '原表把“提及赔偿”“引用先例”“给客户压力”“要求客户站在你的观点上看事情”都列为第四步不该做的。主动提赔偿会把谈话引向讨价还价，而不是解决问题。第四步应该做的是提出暂时建议并说明好处，可以的话提供多项选择；超出权限的先与上级商讨再回复。',
      section: { slide: 7, heading: '第四步' },
    },
  ],
  summary:
    '六步法：接受引导（安抚客户）→ 倾听响应（获取信息）→ 确认事实（分析问题）→ 提出建议（建议解决方法）→ 达成协议（灵活退出）→ 落实跟进（显示责任心）。第一步听与说约 7:3。',
} satisfies CaseStudyData;

export const languageTipsPractice = {
  id: 'language-tips-practice',
  lectureId: 'toolbox',
  title: '练习：语言小贴士',
  type: 'exercise',
  intro:
    '下面几句话意思没错，但客户听了不舒服。请按题目指定的语言小贴士改写；示范答案是课程给出的建议说法，用对方法、意思准确即可。最后把每条小贴士和它的例子配对。',
  questions: [
    {
      id: 'language-tips-practice-q1',
      kind: 'rewrite',
      prompt: '用“委婉表达法”改写这句话。',
      forbidden: '不行，您必须带身份证原件来营业厅才能办。',
      choices: [
        {
          id: 'b',
          text: '不好意思，按照规定，没有身份证原件的话这项业务是肯定办不了的，所以麻烦您下次过来的时候一定记得带上原件。',
        },
        { id: 'c', text: '规定就是这样，您必须带身份证原件来。' },
        { id: 'a', text: '您可以带上身份证原件到就近的营业厅，工作人员会马上为您办理。', correct: true },
      ],
      mustInclude: [
        { label: '用“您可以”“只要”引导', anyOf: ['您可以', '您能', '可以请您', '您只要', '只要您', '麻烦您'] },
        { label: '说明客户怎样能办成', anyOf: ['办理', '办好', '为您办', '帮您办', '就能办', '马上办'] },
      ],
      mustNotInclude: [
        { label: '不用否定和命令', anyOf: ['不行', '必须', '办不了', '不能办', '才能办', '否则', '不然'] },
      ],
      modelAnswer: '您可以带上身份证原件到就近的营业厅，工作人员会马上为您办理。',
      explanation:
        '委婉表达法用“您可以……”代替“不”，用“您能……”代替“您必须……”。正确的说法把拒绝变成了指路：告诉客户带上什么、去哪里、就能办成。另外两句一句虽然客气，核心仍是“办不了”和“一定记得”，一句仍是“您必须”的命令口气——条件虽然说清了，客户听到的还是拒绝。',
      section: { slide: 13, heading: '委婉表达法' },
    },
    {
      id: 'language-tips-practice-q2',
      kind: 'rewrite',
      prompt: '用“正面表达法”改写这句话。',
      forbidden: '很抱歉让您久等了，查询结果刚刚才出来。',
      choices: [
        { id: 'c', text: '您别急，查询结果已经出来了。' },
        { id: 'a', text: '非常感谢您的耐心等候，查询结果已经出来了，我马上向您说明。', correct: true },
        {
          id: 'b',
          text: '真是不好意思，让您久等了，今天系统比较慢，查询花的时间比平时长了一些，现在结果已经出来了，我这就告诉您。',
        },
      ],
      mustInclude: [
        { label: '用感谢代替道歉', anyOf: ['感谢', '谢谢'] },
        { label: '肯定客户的耐心', anyOf: ['耐心', '等候', '等待'] },
      ],
      mustNotInclude: [{ label: '不用道歉的说法', anyOf: ['抱歉', '对不起', '不好意思', '让您久等', '刚刚才'] }],
      modelAnswer: '非常感谢您的耐心等候，查询结果已经出来了，我马上向您说明。',
      explanation:
        '正面表达法的原例就是用“非常感谢您的耐心等候”代替“很抱歉让您久等了”：前者强调客户的耐心，后者强调“让您等了”这件坏事。“真是不好意思……今天系统比较慢”仍在强调“让您久等”，还把原因推给了系统；“您别急”则像在指责客户着急，第二讲的忌语里就有“你别激动嘛”。',
      section: { slide: 13, heading: '正面表达法' },
    },
    {
      id: 'language-tips-practice-q3',
      kind: 'rewrite',
      prompt: '用“合一表达法”改写这句话。',
      forbidden: '我会帮您查，但是您得先把机主证件信息报给我。',
      choices: [
        { id: 'a', text: '我马上帮您查询，与此同时，请您准备好机主的证件信息，方便我们核对。', correct: true },
        {
          id: 'b',
          text: '我会马上帮您查的，不过有一点需要提前说明一下，您得先把机主的证件信息报给我，不然的话我这边也没法往下查。',
        },
        { id: 'c', text: '没有机主证件信息我是查不了的。' },
      ],
      mustInclude: [
        { label: '用“与此同时”连接两层意思', anyOf: ['与此同时', '同时'] },
        { label: '先说你会做什么', anyOf: ['帮您查', '为您查', '马上查', '我来查', '给您查', '查询'] },
      ],
      mustNotInclude: [
        { label: '不用转折和先决条件', anyOf: ['但是', '不过', '得先', '可是', '必须先', '否则', '不然'] },
      ],
      modelAnswer: '我马上帮您查询，与此同时，请您准备好机主的证件信息，方便我们核对。',
      explanation:
        '合一表达法用“与此同时”代替“但是”。一句话里有了“但是”，客户往往只记住后半句的要求，前半句“我会帮您查”的诚意被抵消了。用“不过”代替“但是”，再补上一句“不然没法往下查”，转折和拒绝的口气都没变；“查不了”则只剩拒绝。正确的说法把“我来查”和“请您准备信息”并列，两层意思客户都能听进去。',
      section: { slide: 14, heading: '合一表达法' },
    },
    {
      id: 'language-tips-practice-q4',
      kind: 'rewrite',
      prompt: '用“谦逊表达法”改写这句话。',
      forbidden: '您误会了，我刚才说的是下个月才生效。',
      choices: [
        {
          id: 'b',
          text: '您可能是听错了，没关系，我再给您重复一遍：这项变更是从下个月才开始生效的，不是这个月。',
        },
        { id: 'c', text: '我刚才已经说过了，是下个月生效。' },
        { id: 'a', text: '可能我没有表达清楚，这项变更是从下个月开始生效的。', correct: true },
      ],
      mustInclude: [
        {
          label: '把误解归到自己的表达上',
          anyOf: [
            '我没有表达清楚',
            '我没说清楚',
            '我没有说清楚',
            '我表达得不够清楚',
            '我说得不够清楚',
            '我没讲清楚',
            '我没有讲清楚',
            '我刚才没说清楚',
            '我没解释清楚',
            '我没有解释清楚',
          ],
        },
        { label: '说明生效时间', anyOf: ['下个月', '下月'] },
      ],
      mustNotInclude: [
        { label: '不说客户误会或听错', anyOf: ['误会', '听错', '已经说过', '理解错', '搞错', '您没听'] },
      ],
      modelAnswer: '可能我没有表达清楚，这项变更是从下个月开始生效的。',
      explanation:
        '谦逊表达法用“可能我没有表达清楚”代替“您误会了”。“您误会了”“您可能是听错了”都是在说客户错了，加一句“没关系”也改变不了这一点，客户的第一反应是反驳；“我已经说过了”还带着不耐烦。把原因揽到自己的表达上，客户不必为面子争辩，才愿意重新听一遍。',
      section: { slide: 15, heading: '谦逊表达法' },
    },
    {
      id: 'language-tips-practice-q5',
      kind: 'rewrite',
      prompt: '用“条件拒绝法”改写这句话。',
      forbidden: '不能给您恢复通话，除非您先把欠费结清。',
      choices: [
        { id: 'b', text: '欠费没缴清，我们这边没法给您开。' },
        { id: 'a', text: '如果您缴清欠费，系统就会为您恢复通话，您可以在营业厅或网上缴费。', correct: true },
        {
          id: 'c',
          text: '非常抱歉，按照规定，欠费没有缴清之前是不能恢复通话的，除非您先把欠费全部结清，结清之后系统会自动为您恢复。',
        },
      ],
      mustInclude: [
        { label: '用“如果……就”说出条件', anyOf: ['如果', '只要', '一旦'] },
        { label: '说出满足条件后的结果', anyOf: ['就会', '就能', '就可以', '即可', '马上', '就给您'] },
      ],
      mustNotInclude: [{ label: '不用否定和“除非”', anyOf: ['不能', '除非', '不缴', '不给您', '没法', '不可以'] }],
      modelAnswer: '如果您缴清欠费，系统就会为您恢复通话，您可以在营业厅或网上缴费。',
      explanation:
        '条件拒绝法用“如果……就”代替“不……除非”。条件本身没有变，变的是先说什么：先说“不能”，客户听到的是拒绝；先说“如果……就会恢复”，客户听到的是办法。加了“非常抱歉”的那一句，仍是先说“不能”、再说“除非”的结构；“没法给您开”只剩拒绝。',
      section: { slide: 16, heading: '条件拒绝法' },
    },
    {
      id: 'language-tips-practice-q6',
      kind: 'matching',
      prompt: '把每条语言小贴士和它的例子配对。',
      pairs: [
        { id: 'p1', left: '委婉表达法', right: '用“您能……”代替“您必须……”' },
        { id: 'p2', left: '正面表达法', right: '用“非常感谢您的耐心等候”代替“很抱歉让您久等了”' },
        { id: 'p3', left: '合一表达法', right: '用“与此同时”代替“但是”' },
        { id: 'p4', left: '少用双重否定', right: '用“我想给您准确的建议”代替“我不想给您错误的建议”' },
        { id: 'p5', left: '谦逊表达法', right: '用“可能我没有表达清楚”代替“您误会了”' },
        { id: 'p6', left: '取得信任法', right: '表示承担责任时用“我”代替“我们”' },
        { id: 'p7', left: '条件拒绝法', right: '用“如果……就”代替“不……除非”' },
      ],
      explanation:
        '每条小贴士都是一组“用……代替……”。容易混淆的是委婉表达法和条件拒绝法：前者把“不”和“您必须”换成“您可以”“您能”，后者专门处理带条件的拒绝。正面表达法把道歉换成感谢，少用双重否定把绕弯的否定句改成直接的肯定句；取得信任法用“我”让客户知道有具体的人在负责。',
      section: { slide: 12, heading: '语言小贴士' },
    },
  ],
  summary:
    '七条语言小贴士：委婉（“您可以/您能”）、正面（感谢代替抱歉）、合一（“与此同时”代替“但是”）、少用双重否定、谦逊（“可能我没有表达清楚”）、取得信任（承担责任说“我”）、条件拒绝（“如果……就”）。意思不变，先说客户能得到什么。',
} satisfies CaseStudyData;

export const phoneEtiquette = {
  id: 'phone-etiquette',
  lectureId: 'toolbox',
  title: '练习：电话礼仪与用语规范',
  type: 'exercise',
  intro: '电话里客户看不见你，声音和用语就是你的全部形象。判断下面的说法，并选出符合规范的做法。',
  questions: [
    {
      id: 'phone-etiquette-q1',
      kind: 'truefalse',
      prompt: '判断下面的说法是否正确。',
      statement: '为了显得亲切自然，通话中可以多用“啊”“哦”“是这样的啊”等口语。',
      correct: false,
      explanation:
        '用语规范要求通话中尽量避免“啊”“哦”“是这样的啊”等口语用语。这些口头语听起来不专业、没把握，有时还像不耐烦。亲切感应来自问候、称呼和平稳和缓的语气，而不是口头语。',
      section: { slide: 22, heading: '首问语与结束语' },
    },
    {
      id: 'phone-etiquette-q2',
      kind: 'truefalse',
      prompt: '判断下面的说法是否正确。',
      statement: '客户在电话里越说越大声时，我们也应该提高音量，以显示重视。',
      correct: false,
      explanation:
        '规范要求音量“正常情况下，应视客户的音量而定，但不应过于大声”。跟着客户的音量调整是对的，但客户大声时我们不能跟着喊，否则像在争吵。语气也要求轻柔、和缓，平稳的声音才能让客户慢慢平静下来。',
      section: { slide: 20, heading: '声音运用' },
    },
    {
      id: 'phone-etiquette-q3',
      kind: 'single',
      prompt: '关于通话使用的语言，下列哪种做法符合规范？',
      options: [
        { id: 'b', text: '客户一开口说方言，就马上改用方言，让客户感到亲切' },
        { id: 'c', text: '始终使用普通话，这是服务规范，客户听不懂可以请家人帮忙' },
        { id: 'd', text: '按客服人员自己最熟练的语言来说，表达最清楚' },
        { id: 'a', text: '首先使用普通话，如客户需要，可使用地方话' },
      ],
      correct: 'a',
      explanation:
        '规范是“首先使用普通话，如客户需要可使用地方话”，并按部门的相关规定执行。关键在“客户需要”：客户说方言但能听懂普通话，就不必切换；客户听普通话吃力，就可以改用地方话。一开口就改方言、始终只用普通话、按自己最熟练的语言说，都没有以客户的需要为准。',
      section: { slide: 21, heading: '用语规范' },
    },
    {
      id: 'phone-etiquette-q4',
      kind: 'single',
      prompt: '通话结束时，哪一句是规范的结束语？',
      options: [
        { id: 'b', text: '好的，好的，那就这样，拜拜！' },
        { id: 'a', text: '谢谢您的合作，若以后出现同样的问题您也可以按照该操作处理或拨打〔服务热线〕，再见！' },
        {
          id: 'c',
          text: '感谢您的来电，您反映的问题我们已经记录下来了，给您添麻烦了，非常抱歉，祝您生活愉快，有空常联系，再见！',
        },
        { id: 'd', text: '嗯，没别的事我先挂了啊。' },
      ],
      correct: 'a',
      explanation:
        '规范的结束语感谢客户的合作，告诉客户以后遇到同样的问题可以怎么处理、拨打哪个号码，最后道别。“好的，好的，那就这样，拜拜！”是规范明确要求避免的说法，它会让客户觉得你急着结束通话。“感谢来电……祝您生活愉快”礼貌周到，却没有告诉客户以后遇到同样的问题怎么办、可以拨打哪个号码；“没别的事我先挂了啊”既随意，又带着要避免的口语“啊”。2007 年原句里的热线是 1860，使用时换成本公司现行的服务热线。',
      section: { slide: 22, heading: '首问语与结束语' },
    },
  ],
  summary:
    '语调平稳、语速适中；音量视客户而定但不过大；语气轻柔和缓；先问候并亮明身份；首先用普通话，客户需要时用地方话；不用“啊”“哦”等口语；用标准结束语，不说“好的，好的，那就这样，拜拜！”。',
} satisfies CaseStudyData;

export const complaintPrevention = {
  id: 'complaint-prevention',
  lectureId: 'toolbox',
  title: '练习：预防投诉',
  type: 'exercise',
  intro:
    '一个网络投诉班组总结了预防投诉的做法：用客户意见表管住每一条投诉，用五个方法处理抱怨，再用跟踪服务减少重复投诉。',
  questions: [
    {
      id: 'complaint-prevention-q1',
      kind: 'ordering',
      prompt: '按客户意见表的处理流程，排出下列步骤的顺序。',
      items: [
        { id: 'a', text: '接到客户投诉或抱怨，在客户意见表上记录下来' },
        { id: 'b', text: '通过电话或到客户所在地，面对面了解详细情况' },
        { id: 'c', text: '分析问题，向客户说明和解释，与客户沟通协商' },
        { id: 'd', text: '跟踪处理结果的落实，直到客户答复满意为止' },
      ],
      explanation:
        '流程从记录开始：先把信息记进意见表，才不会漏掉；然后马上联系客户，把内容了解清楚；分析后向客户说明和解释，协商处理；最后跟踪落实。结束的标准是“直到客户答复满意为止”，而不是我们认为处理完了。',
      section: { slide: 24, heading: '客户意见表' },
    },
    {
      id: 'complaint-prevention-q2',
      kind: 'multiple',
      prompt: '班组总结的处理抱怨与投诉的方法中，哪些是“……一点”？（多选）',
      options: [
        { id: 'a', text: '耐心多一点' },
        { id: 'e', text: '补偿多一点' },
        { id: 'b', text: '态度好一点' },
        { id: 'c', text: '动作快一点' },
        { id: 'f', text: '解释少一点' },
        { id: 'd', text: '语言得体一点' },
      ],
      correct: ['a', 'b', 'c', 'd'],
      explanation:
        '班组列出的是耐心多一点、态度好一点、动作快一点、语言得体一点，再加上跟踪服务。“补偿多一点”不在其中，补偿要按规定和权限办理，六步法第四步也把“提及赔偿”列为不该做的。“解释少一点”也不对：意见表流程要求分析问题后向客户说明和解释，只是要先耐心听客户说完。',
      section: { slide: 25, heading: '处理抱怨与投诉的方法' },
    },
    {
      id: 'complaint-prevention-q3',
      kind: 'single',
      prompt: '班组总结认为处理投诉“动作快一点”有三个好处。下列哪一项不在其中？',
      options: [
        { id: 'a', text: '让客户感觉到被尊重' },
        { id: 'd', text: '能省去记录和回访' },
        { id: 'b', text: '表示企业解决问题的诚意' },
        { id: 'c', text: '将投诉降低到最少' },
      ],
      correct: 'd',
      explanation:
        '动作快，一来让客户感觉到尊重，二来表示企业解决问题的诚意，三来可以将投诉降低到最少。快并不意味着省步骤：记录是客户意见表流程的第一步，跟踪回访是减少重复投诉的关键。所以“省去记录和回访”不是好处，反而会埋下重复投诉。',
      section: { slide: 25, heading: '处理抱怨与投诉的方法' },
    },
    {
      id: 'complaint-prevention-q4',
      kind: 'truefalse',
      prompt: '判断下面的说法是否正确。',
      statement: '及时给客户处理进度和安抚，是降低重复投诉的办法。',
      correct: true,
      explanation:
        '这句话原样出自预防投诉的经验总结：“及时给客户处理进度和安抚，是降低重复投诉的办法。”班组的体会是，投诉主要还是因为客户的心理作用，抓住客户心理、帮客户解决实际问题，才能有效控制重复投诉。主动告知进度，也就是六步法第六步按约定时间回复的做法。',
      section: { slide: 26, heading: '重复投诉' },
    },
  ],
  summary:
    '预防投诉：意见表记录 → 联系了解 → 分析说明 → 跟踪到客户满意；耐心多一点、态度好一点、动作快一点、语言得体一点，再加跟踪服务；及时告知进度并安抚客户，能降低重复投诉。',
} satisfies CaseStudyData;

export const attitude100 = {
  id: 'attitude-100',
  lectureId: 'toolbox',
  title: '练习：什么能让人生更圆满？',
  type: 'exercise',
  intro: '把字母按顺序编号：A=1,B=2,C=3……Z=26。把一个英文单词的每个字母换成数字，再加起来。',
  questions: [
    {
      id: 'attitude-100-q1',
      kind: 'single',
      prompt: '下列哪个单词的字母之和正好等于 100？',
      options: [
        { id: 'a', text: 'LOVE（爱情）' },
        { id: 'b', text: 'LUCK（好运）' },
        { id: 'c', text: 'KNOWLEDGE（知识）' },
        { id: 'd', text: 'HARDWORK（努力工作）' },
        { id: 'e', text: 'MONEY（金钱）' },
        { id: 'f', text: 'LEADERSHIP（领导能力）' },
        { id: 'g', text: 'ATTITUDE（心态）' },
      ],
      correct: 'g',
      explanation:
        'ATTITUDE = 1+20+20+9+20+21+4+5 = 100。其余的都不到 100:LOVE 54,LUCK 47,MONEY 72,KNOWLEDGE 96,LEADERSHIP 97,HARDWORK 98。知识、领导能力和努力工作很接近，却都差一点，只有态度正好是满分。',
      section: { slide: 33, heading: '什么能让人生更圆满' },
    },
    {
      id: 'attitude-100-q2',
      kind: 'truefalse',
      prompt: '判断下面的说法是否正确。',
      statement: 'KNOWLEDGE（知识）的字母之和也正好是 100。',
      correct: false,
      explanation:
        'KNOWLEDGE = 11+14+15+23+12+5+4+7+5 = 96，差 4 分。努力工作 HARDWORK 是 98，领导能力 LEADERSHIP 是 97，同样不到 100。七个单词里只有 ATTITUDE 正好等于 100。',
      section: { slide: 34, heading: 'ATTITUDE = 100' },
    },
  ],
  summary: '在 A=1……Z=26 的算法下，只有 ATTITUDE（态度）正好等于 100：能让生活和工作更圆满的是态度。',
} satisfies CaseStudyData;

export const lectureCases = [sixStepsOrder, languageTipsPractice, phoneEtiquette, complaintPrevention, attitude100];
