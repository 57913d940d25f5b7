import { useRef, useState } from 'react';
import { downloadText } from '../../components/download-text';
import { useProgressKeeper, whereProgressIsKept } from '../../lib/progress/progress-keeper';
import { partialize, useAppStore } from '../../store/app-store';
import type { PersistedState } from '../../store/migrations';
import { countProgress, exportProgress, MAX_IMPORT_BYTES, parseImport } from '../../store/progress-transfer';
import { emptyProgress, replaceWithUndo, undoAvailable, undoReplace } from '../../store/progress-undo';

/** FileReader rather than Blob.text(): it works in every browser the course supports. */
function readFileText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file);
  });
}

type Pending = { kind: 'import'; state: PersistedState; fileName: string } | { kind: 'reset' } | null;

/** Export, import (with a preview and an undo) and reset (with confirmation and an undo). */
export function BackupPanel() {
  const keeper = useProgressKeeper((s) => s.keeper);
  const current = useAppStore((s) => s);
  const [pending, setPending] = useState<Pending>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [undo, setUndo] = useState(undoAvailable);
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
    const result = parseImport(text, file.size);
    if (!result.ok) {
      setMessage({ text: `未导入：${result.reason}`, error: true });
      return;
    }
    setMessage(null);
    setPending({ kind: 'import', state: result.state, fileName: file.name });
  };

  const confirm = () => {
    if (!pending) return;
    replaceWithUndo(pending.kind === 'import' ? pending.state : emptyProgress(), pending.kind);
    setMessage({
      text: pending.kind === 'import' ? '已导入进度。如有问题，可以撤销。' : '已重置进度。如是误操作，可以撤销。',
      error: false,
    });
    setPending(null);
    setUndo(undoAvailable());
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
          onClick={() =>
            downloadText(
              exportProgress(partialize(useAppStore.getState())),
              `课程进度-${new Date().toISOString().slice(0, 10)}.json`,
            )
          }
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
        <button type="button" className="button" onClick={() => setPending({ kind: 'reset' })}>
          重置进度……
        </button>
        {undo ? (
          <button
            type="button"
            className="button"
            onClick={() => {
              if (undoReplace())
                setMessage({ text: `已撤销${undo.reason === 'import' ? '导入' : '重置'}，进度已恢复。`, error: false });
              setUndo(undoAvailable());
            }}
          >
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
              <p>当前进度会保留为“撤销”备份。</p>
            </>
          ) : (
            <p>确定清空全部阅读进度、答题记录和错题本吗？清空后可以撤销。</p>
          )}
          <div className="question__actions">
            <button type="button" className="button button--primary" onClick={confirm}>
              {pending.kind === 'import' ? '确认导入' : '确认重置'}
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
