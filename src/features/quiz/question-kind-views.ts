// The question-kind view registry: one view per kind (kinds/<kind>.tsx), looked up here.
import type { ComponentType } from 'react';
import type { Question, QuestionKind } from '../../lib/quiz/types';
import type { InputProps, KindView } from './kinds/kind-view';
import { matchingView } from './kinds/matching';
import { multipleChoiceView } from './kinds/multiple';
import { orderingView } from './kinds/ordering';
import { rewriteView } from './kinds/rewrite';
import { rolePlayView } from './kinds/roleplay';
import { singleChoiceView } from './kinds/single';
import { trueFalseView } from './kinds/truefalse';

const views: { [K in QuestionKind]: KindView<K> } = {
  single: singleChoiceView,
  multiple: multipleChoiceView,
  truefalse: trueFalseView,
  ordering: orderingView,
  matching: matchingView,
  rewrite: rewriteView,
  roleplay: rolePlayView,
};

/** The view of a question's kind, typed for any question (TypeScript cannot narrow a lookup). */
export function viewOf(question: Question): {
  Input: ComponentType<Omit<InputProps<QuestionKind>, 'question'> & { question: Question }> | null;
  ClassView: ComponentType<{ question: Question }>;
} {
  return views[question.kind] as never;
}
