// The one components map every lecture renders with (keys sorted). MDX needs no imports for these.
// The handbook lists' styles travel with the lectures and decks that show them, not with the home.
import '../styles/handbook.css';
import type { ComponentType } from 'react';
import { Analysis } from '../components/analysis';
import { Callout } from '../components/callout';
import { Classroom } from '../components/slides/classroom';
import { Detail } from '../components/slides/detail';
import { LawRef } from '../components/law-ref';
import { Notes } from '../components/slides/notes';
import { Part } from '../components/slides/part';
import { Reveal } from '../components/slides/reveal';
import { Slide } from '../components/slides/slide';
import { BranchComplaintTable } from '../features/course/charts/branch-complaint-table';
import { ComplaintStructureChart } from '../features/course/charts/complaint-structure-chart';
import { DemandLawTable } from '../features/handbook/demand-law-table';
import { LanguageTips } from '../features/handbook/language-tips';
import { LawList } from '../features/handbook/law-list';
import { LegalPoints } from '../features/handbook/legal-points';
import { PhoneStandards } from '../features/handbook/phone-standards';
import { PhraseBook } from '../features/handbook/phrase-book';
import { PreventionGuide } from '../features/handbook/prevention-guide';
import { RecommendedPhrases } from '../features/handbook/recommended-phrases';
import { SixStepTable } from '../features/handbook/six-step-table';
import { CaseStudy } from '../features/quiz/case-study';

export const mdxComponents = {
  Analysis,
  BranchComplaintTable,
  Callout,
  CaseStudy,
  Classroom,
  ComplaintStructureChart,
  Detail,
  DemandLawTable,
  LanguageTips,
  LawRef,
  LawList,
  LegalPoints,
  Notes,
  Part,
  PhoneStandards,
  PhraseBook,
  PreventionGuide,
  RecommendedPhrases,
  Reveal,
  SixStepTable,
  Slide,
} as unknown as Record<string, ComponentType<never>>;
