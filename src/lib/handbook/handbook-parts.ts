// The handbook's parts, in order, with their titles: the handbook screen shows them, the course
// search looks through them (one list, so a part's title is said once).
import { languageTips } from '../../../content/handbook/language-tips';
import { laws } from '../../../content/handbook/laws';
import { legalPoints } from '../../../content/handbook/legal-points';
import { phoneStandards } from '../../../content/handbook/phone';
import { preventionParts } from '../../../content/handbook/prevention';
import { forbiddenPhrases } from '../../../content/handbook/phrases';
import { recommendedPhraseGroups } from '../../../content/handbook/recommended-phrases';
import { handlingSteps } from '../../../content/handbook/steps';
import { demandLawRows } from './demand-law';

export interface HandbookPart<T> {
  id: string;
  title: string;
  records: readonly T[];
  /** What names one record in a list of results. */
  label: (record: T) => string;
}

const part = <T>(p: HandbookPart<T>) => p;

export const handbookParts = {
  steps: part({
    id: 'hb-steps',
    title: '投诉处理六步法',
    records: handlingSteps,
    label: (r) => `${r.step}. ${r.name}`,
  }),
  tips: part({ id: 'hb-tips', title: '语言小贴士', records: languageTips, label: (r) => r.name }),
  phone: part({ id: 'hb-phone', title: '电话礼仪与用语规范', records: phoneStandards, label: (r) => r.topic }),
  recommended: part({
    id: 'hb-recommended',
    title: '推荐说法',
    records: recommendedPhraseGroups,
    label: (r) => r.when,
  }),
  phrases: part({
    id: 'hb-phrases',
    title: '服务忌语与建议说法',
    records: forbiddenPhrases,
    label: (r) => r.forbidden,
  }),
  prevention: part({ id: 'hb-prevention', title: '预防投诉', records: preventionParts, label: (r) => r.title }),
  demands: part({ id: 'hb-demands', title: '常见诉求与法律对照', records: demandLawRows(laws), label: (r) => r.topic }),
  legal: part({ id: 'hb-legal', title: '法律要点', records: legalPoints, label: (r) => r.term }),
  laws: part({ id: 'hb-laws', title: '相关法律法规', records: laws, label: (r) => r.name }),
};

/** Every text field of a record, on one line (what a search looks through). */
export function recordText(record: object): string {
  const texts: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') texts.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(record);
  return texts.join(' ');
}
