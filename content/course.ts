// Course metadata. An instructor puts their own name and unit here (the sources' trainer
// introduced herself; we do not hard-code a person).
export const course = {
  title: '客户投诉处理技能提升训练',
  subtitle: '从理解投诉到化解疑难：一套可自学、可授课、可练习的课程',
  organisation: '根据 2007 年前后的五份客户服务培训材料改编',
  instructor: {
    name: '',
    role: '投诉处理内训师',
  },
  lectureOrder: ['understanding', 'techniques', 'difficult', 'toolbox'],
} as const;
