// The learner-voice rule: the course speaks to the learner, never about its own sources or drafting.
import type { TextUnit } from './learner-text';

/** Words that narrate the course's sources or drafting instead of teaching. */
export const BANNED = ['源材料', '原始课件', '本课程建议', '课程资料', '资料'];

/**
 * Real compounds with 资料 that do not mean the course's sources (keep this list short; each entry
 * is a phrase a learner meets on the job).
 */
export const ALLOWED_COMPOUNDS = ['客户资料', '用户资料', '个人资料', '身份资料', '登记资料', '资料费'];

export interface VoiceFinding {
  unit: TextUnit;
  words: string[];
}

export function voiceFindings(units: TextUnit[]): VoiceFinding[] {
  return units.flatMap((unit) => {
    if (unit.inNotes) return [];
    let text = unit.text;
    for (const allowed of ALLOWED_COMPOUNDS) text = text.split(allowed).join('');
    const words = BANNED.filter((word) => text.includes(word));
    return words.length > 0 ? [{ unit, words }] : [];
  });
}

export function formatVoiceFinding({ unit, words }: VoiceFinding): string {
  return `${unit.file}:${unit.line}  ${words.join('、')}\n    ${unit.text}`;
}
