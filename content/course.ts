// Course metadata. An instructor puts their own name and unit here (the sources' trainer
// introduced herself; we do not hard-code a person).
export const course = {
  title: '客户投诉处理技能提升训练',
  subtitle: '从理解投诉到化解疑难：一套可自学、可授课、可练习的课程',
  organisation: '根据 2007 年前后的五份客户服务培训材料改编',
  /** The organisation that runs the training and issues its certificate. Empty: the certificate
   * leaves a line for the organisation's name and seal. */
  issuer: '',
  instructor: {
    name: '',
    role: '投诉处理内训师',
  },
  /**
   * The projector and print theme. Each key is the CSS variable it sets, so a company brands the
   * slides here without touching a component. Body text on paper, and paper on accent, keep a
   * contrast of 7:1 or more (the back row of a lit room). The logo is a file in public/, e.g.
   * "url('./logo.svg')" (same origin: the Content-Security-Policy allows no other), or none.
   */
  theme: {
    '--deck-accent': '#1f4e79',
    '--deck-accent-ink': '#163a5a',
    '--deck-accent-tint': '#e7eff7',
    '--deck-on-accent': '#ffffff',
    '--deck-ink': '#1d2733',
    '--deck-ink-soft': '#3b4654',
    '--deck-paper': '#ffffff',
    '--deck-rule': '#d5dbe3',
    '--deck-logo': 'none',
  },
  lectureOrder: ['understanding', 'techniques', 'difficult', 'toolbox'],
} as const;
