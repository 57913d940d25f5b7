import { useEffect, useRef, useState } from 'react';
import { downloadText } from '../../components/download-text';
import { useProgressKeeper, whereProgressIsKept } from '../../lib/progress/progress-keeper';
import { partialize, progressSync, useAppStore } from '../../store/app-store';
import type { PersistedState } from '../../store/migrations';
import { loadCaseRegistry } from '../../lib/quiz/case-registry';
import {
  countProgress,
  exportProgress,
  type KnownIds,
  MAX_IMPORT_BYTES,
  parseImport,
} from '../../store/progress-transfer';
import { emptyProgress, forgetUndo, replaceWithUndo, undoReplace, useUndo } from '../../store/progress-undo';

/** The content's question and case ids (answers to anything else are not imported). */
async function knownIds(): Promise<KnownIds | undefined> {
  try {
    const registry = await loadCaseRegistry();
    return { questions: new Set(registry.questions.keys()), cases: new Set(registry.byId.keys()) };
  } catch {
    return undefined; // the content could not load (offline before it was cached): import unfiltered
  }
}

/** FileReader rather than Blob.text(): it works in every browser the course supports. */
function readFileText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file);
  });
}

type Pending =
  { kind: 'import'; state: PersistedState; fileName: string } | { kind: 'reset' } | { kind: 'undo' } | null;

const NEWER_SAVED =
  '浏览器中保存的进度来自更新版本的课程，本页面不能覆盖它。请使用最新版本的课程打开；也可以先导出进度（导出的是保存的原始数据）。';

const today = () => new Date().toISOString().slice(0, 10);

/** Exports memory; when the saved data is a newer version's, exports that text as it is instead. */
function exportNow(): string {
  const raw = progressSync.isBlocked() ? progressSync.savedRaw() : null;
  if (raw !== null) {
    downloadText(raw, `课程进度-原始数据-${today()}.json`);
    return '已导出浏览器中保存的原始数据（来自更新版本的课程，本版本无法读取其内容）。';
  }
  downloadText(exportProgress(partialize(useAppStore.getState())), `课程进度-${today()}.json`);
  return '';
}

/** Export, import (with a preview and an undo) and reset (with confirmation and an undo). */
export function BackupPanel() {
  const keeper = useProgressKeeper((s) => s.keeper);
  const current = useAppStore((s) => s);
  const [pending, setPending] = useState<Pending>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const undo = useUndo((s) => s.undo);
  // The undo is offered only until the learner leaves this page.
  useEffect(() => forgetUndo, []);
  const fileRef = useRef<HTMLInputElement>(null);
  const now = countProgress(partialize(current));

  const onFile = async (file: File | undefined) => {
    if (!fileRef.current) return;
    fileRef.current.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setMessage({ text: '未导入：文件太大（超过 1 MB），不像是本课程导出的进度文件。', error: true });
      return;
    }
    let text: string;
    try {
      text = await readFileText(file);
    } catch {
      setMessage({ text: '未导入：无法读取这个文件。', error: true });
      return;
    }
    if (progressSync.isBlocked()) {
      setMessage({ text: `未导入：${NEWER_SAVED}`, error: true });
      return;
    }
    const result = parseImport(text, file.size, await knownIds());
    if (!result.ok) {
      setMessage({ text: `未导入：${result.reason}`, error: true });
      return;
    }
    setMessage(null);
    setPending({ kind: 'import', state: result.state, fileName: file.name });
  };

  const runUndo = (confirmed: boolean) => {
    if (!undo) return;
    const result = undoReplace(confirmed);
    if (result === 'confirm') return setPending({ kind: 'undo' });
    setPending(null);
    if (result === 'done')
      setMessage({ text: `已撤销${undo.reason === 'import' ? '导入' : '重置'}，进度已恢复。`, error: false });
    if (result === 'newer') setMessage({ text: `未撤销：${NEWER_SAVED}`, error: true });
  };

  const confirm = () => {
    if (!pending) return;
    if (pending.kind === 'undo') return runUndo(true);
    const done = replaceWithUndo(pending.kind === 'import' ? pending.state : emptyProgress(), pending.kind);
    const action = pending.kind === 'import' ? '导入' : '重置';
    setMessage(
      done === 'done'
        ? {
            text:
              pending.kind === 'import'
                ? '已导入进度。如有问题，可以立即撤销。'
                : '已重置进度。如是误操作，可以立即撤销。',
            error: false,
          }
        : { text: `未${action}：${NEWER_SAVED}`, error: true },
    );
    setPending(null);
  };

  const incoming = pending?.kind === 'import' ? countProgress(pending.state) : null;
  return (
    <section aria-labelledby="backup-title" className="progress-section">
      <h2 id="backup-title">备份与恢复</h2>
      <p>
        {keeper === 'lms'
          ? `${whereProgressIsKept.lms}这里的导出文件只是本浏览器中的一份副本。`
          : '进度只保存在本浏览器中。换电脑或清理浏览器前，请先导出进度文件。'}
      </p>
      <div className="question__actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            const note = exportNow();
            if (note) setMessage({ text: note, error: false });
          }}
        >
          导出进度
        </button>
        <label className="button file-button">
          导入进度……
          <input
            ref={fileRef}
            type="file"
            accept="application/json,.json"
            className="visually-hidden"
            onChange={(e) => void onFile(e.target.files?.[0])}
          />
        </label>
        <button
          type="button"
          className="button"
          onClick={() =>
            progressSync.isBlocked()
              ? setMessage({ text: `未重置：${NEWER_SAVED}`, error: true })
              : setPending({ kind: 'reset' })
          }
        >
          重置进度……
        </button>
        {undo ? (
          <button type="button" className="button" onClick={() => runUndo(false)}>
            撤销上次{undo.reason === 'import' ? '导入' : '重置'}
          </button>
        ) : null}
      </div>
      {pending ? (
        <div className="confirm" role="region" aria-label="请确认">
          {pending.kind === 'import' && incoming ? (
            <>
              <p>将用“{pending.fileName}”替换当前进度：</p>
              <ul>
                <li>
                  已读小节：{now.slidesRead} → {incoming.slidesRead}
                </li>
                <li>
                  答题记录：{now.attempts} → {incoming.attempts}
                </li>
                <li>
                  待重做错题：{now.mistakes} → {incoming.mistakes}
                </li>
              </ul>
              <p>导入后可以立即撤销（在离开本页或继续学习之前）。</p>
            </>
          ) : pending.kind === 'undo' ? (
            <p>另一个窗口在那之后又记录了学习进度。撤销会用之前的进度替换它，这些新进度将会丢失。确定撤销吗？</p>
          ) : (
            <p>确定清空全部阅读进度、答题记录和错题本吗？清空后可以立即撤销。</p>
          )}
          <div className="question__actions">
            <button type="button" className="button button--primary" onClick={confirm}>
              {pending.kind === 'import' ? '确认导入' : pending.kind === 'undo' ? '确认撤销' : '确认重置'}
            </button>
            <button type="button" className="button" onClick={() => setPending(null)}>
              取消
            </button>
          </div>
        </div>
      ) : null}
      <p role="status" className={message?.error ? 'form-error' : 'form-ok'}>
        {message?.text}
      </p>
    </section>
  );
}
