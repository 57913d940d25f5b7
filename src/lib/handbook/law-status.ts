import type { LawStatus } from './types';

/**
 * The status line shown next to every legal citation, in the one wording LAW-STATUS.md prescribes:
 * 现行 / 已废止（2021-01-01 起由《民法典》第…条规定） / 已修订（2013）.
 */
export function lawStatusLabel(status: LawStatus): string {
  switch (status.kind) {
    case 'current':
      return status.note ? `现行（${status.note}）` : '现行';
    case 'repealed':
      return `已废止（${status.since} 起由${status.replacedBy}规定）`;
    case 'amended':
      return status.note ? `已修订（${status.year}；${status.note}）` : `已修订（${status.year}）`;
    case 'dated':
      return status.note;
    case 'unverified':
      return '2007 年清单所列，现行情况请向法务核实';
  }
}
