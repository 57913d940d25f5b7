// Export and import of saved progress as a JSON file. Import is validated (size, JSON, unsafe
// keys, format, version) and all-or-nothing; every rejection says why in plain Chinese.
import { migrate, normalise, type PersistedState, STORE_VERSION } from './migrations';

export const EXPORT_FORMAT = 'complaint-course-progress';
export const MAX_IMPORT_BYTES = 1024 * 1024;
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface ProgressFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  state: PersistedState;
}

export function exportProgress(state: PersistedState, now = new Date()): string {
  const file: ProgressFile = { format: EXPORT_FORMAT, version: STORE_VERSION, exportedAt: now.toISOString(), state };
  return JSON.stringify(file, null, 2);
}

export type ImportResult = { ok: true; state: PersistedState; fromVersion: number } | { ok: false; reason: string };

const reject = (reason: string): ImportResult => ({ ok: false, reason });

export function parseImport(text: string, sizeBytes = new Blob([text]).size): ImportResult {
  if (sizeBytes > MAX_IMPORT_BYTES) return reject('文件太大（超过 1 MB），不像是本课程导出的进度文件。');
  let unsafe = false;
  let data: unknown;
  try {
    // The reviver sees every key, however deeply nested.
    data = JSON.parse(text, (key, value: unknown) => {
      if (UNSAFE_KEYS.has(key)) unsafe = true;
      return value;
    });
  } catch {
    return reject('文件无法读取：它不是有效的 JSON 文件，可能已损坏或不是本课程导出的进度文件。');
  }
  if (unsafe) return reject('文件中含有不安全的字段（__proto__ 或 constructor），为保护浏览器已拒绝导入。');
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
    return reject('这不是本课程导出的进度文件（缺少课程进度的格式标记）。');
  }
  const { version, state } = data as { version?: unknown; state?: unknown };
  if (typeof version !== 'number' || !Number.isInteger(version)) return reject('文件缺少版本号，无法判断如何读取。');
  if (version > STORE_VERSION) {
    return reject(`文件来自更新版本的课程（数据版本 ${version}，当前为 ${STORE_VERSION}），请先升级课程后再导入。`);
  }
  if (typeof state !== 'object' || state === null) return reject('文件中没有学习进度数据。');
  try {
    return {
      ok: true,
      state: version === STORE_VERSION ? normalise(state) : migrate(state, version),
      fromVersion: version,
    };
  } catch {
    return reject(`文件的数据版本 ${version} 无法识别，未导入任何内容。`);
  }
}

export interface ProgressCounts {
  slidesRead: number;
  attempts: number;
  mistakes: number;
}

export function countProgress(state: PersistedState): ProgressCounts {
  return {
    slidesRead: Object.values(state.lectures).reduce((n, l) => n + l.seen.length, 0),
    attempts: state.attempts.length,
    mistakes: Object.values(state.review).filter((e) => e.lastWrong).length,
  };
}
