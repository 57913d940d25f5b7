// Course metadata. An instructor puts their own name and unit here (the sources' trainer
// introduced herself; we do not hard-code a person).
export const course = {
  title: '客户投诉处理技能提升训练',
  subtitle: '从理解投诉到化解疑难：一套可自学、可授课、可练习的课程',
  organisation: '中国移动江苏公司淮安分公司（2007）课程素材改编',
  /** The organisation that runs the training and issues its certificate. Empty: the certificate
   * leaves a line for the organisation's name and seal. */
  issuer: '',
  instructor: {
    name: '',
    role: '投诉处理内训师',
  },
  lectureOrder: ['understanding', 'techniques', 'difficult', 'toolbox'],
} as const;
