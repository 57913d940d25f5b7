import { downloadText } from '../components/download-text';
import { useProgressKeeper, whereProgressIsKept } from '../lib/progress/progress-keeper';
import { safeStorage } from '../store/app-store';
import { type StorageNotice, useStorageNotices } from '../store/storage-notices';

const messages: Record<StorageNotice['kind'], string> = {
  unavailable: '浏览器不允许本课程保存数据（可能处于无痕模式或禁用了存储）。您可以继续学习，但关闭页面后进度不会保留。',
  'write-failed': '浏览器存储空间已满或被禁止写入，最新的进度未能保存。您可以继续学习；请清理浏览器空间后刷新页面。',
  'corrupt-backed-up':
    '已保存的学习进度无法读取（数据已损坏），课程已从头开始记录。原数据已另行备份，可下载后交给管理员恢复。',
  'migration-failed':
    '已保存的学习进度来自更新版本的课程或无法识别。为了不覆盖它，本页面的新进度暂时只保存在本页中。请使用最新版本的课程打开，或先导出进度。',

  'storage-cleared': '浏览器中保存的学习进度被清除了。课程已用本页面中的进度重新保存，没有丢失。',
};

/** Inside an LMS the platform records progress: no advice to export, no warning that it is lost. */
const lmsMessages: Partial<Record<StorageNotice['kind'], string>> = {
  unavailable: `浏览器不允许本课程在本机保存数据。您可以继续学习，${whereProgressIsKept.lms}`,
  'migration-failed': `本浏览器中保存的学习进度来自更新版本的课程或无法识别，已保持原样。${whereProgressIsKept.lms}`,
};

function downloadBackup(backupKey: string) {
  const raw = safeStorage.readBackup(backupKey);
  if (raw !== null) downloadText(raw, 'course-progress-backup.json');
}

/** Tells the learner plainly when their progress cannot be saved or was unreadable. */
export function StorageNoticeBanner() {
  const notices = useStorageNotices((s) => s.notices);
  const dismiss = useStorageNotices((s) => s.dismiss);
  const inLms = useProgressKeeper((s) => s.keeper === 'lms');
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="alert">
      {notices.map((notice) => (
        <div className="notice" key={notice.kind}>
          <p>{(inLms && lmsMessages[notice.kind]) || messages[notice.kind]}</p>
          <div className="notice__actions">
            {notice.backupKey ? (
              <button type="button" className="button" onClick={() => downloadBackup(notice.backupKey!)}>
                下载备份
              </button>
            ) : null}
            <button type="button" className="button" onClick={() => dismiss(notice.kind)}>
              知道了
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
