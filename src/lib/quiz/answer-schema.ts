// The saved shape of an answer, per kind, for data read back from storage.
import * as v from 'valibot';

export const answerSchema = v.variant('kind', [
  v.object({ kind: v.literal('single'), optionId: v.string() }),
  v.object({ kind: v.literal('multiple'), optionIds: v.array(v.string()) }),
  v.object({ kind: v.literal('truefalse'), value: v.boolean() }),
  v.object({ kind: v.literal('ordering'), itemIds: v.array(v.string()) }),
  v.object({ kind: v.literal('matching'), matches: v.record(v.string(), v.string()) }),
  v.object({
    kind: v.literal('rewrite'),
    answer: v.variant('mode', [
      v.object({ mode: v.literal('choice'), choiceId: v.string() }),
      v.object({ mode: v.literal('written'), text: v.string() }),
    ]),
  }),
  v.object({
    kind: v.literal('roleplay'),
    answer: v.object({ path: v.array(v.string()), endingId: v.string() }),
  }),
]);
