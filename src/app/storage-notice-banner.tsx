import { downloadText } from '../components/download-text';
import { useProgressKeeper, whereProgressIsKept } from '../lib/progress/progress-keeper';
import { partialize, useAppStore } from '../store/app-store';
import { readBackup } from '../store/safe-storage';
import { noticeId, type StorageNotice, useStorageNotices } from '../store/storage-notices';

type Messages = Record<StorageNotice['kind'], string>;

const progressMessages: Messages = {
  unavailable: '浏览器不允许本课程保存数据（可能处于无痕模式或禁用了存储）。您可以继续学习，但关闭页面后进度不会保留。',
  // Reloading would discard what is only in memory: the advice keeps the page open (F15).
  'write-failed':
    '浏览器存储空间已满或被禁止写入，最新的进度暂时只在本页面中。请不要刷新或关闭本页：清理浏览器空间后，下次保存时会自动补存；也可以现在导出进度。',
  'corrupt-backed-up':
    '已保存的学习进度无法读取（数据已损坏），课程已从头开始记录。原数据已另行备份，可下载后交给管理员恢复。',
  'migration-failed':
    '已保存的学习进度来自更新版本的课程或无法识别。为了不覆盖它，本页面的新进度暂时只保存在本页中。请使用最新版本的课程打开，或先导出进度。',

  'storage-cleared': '浏览器中保存的学习进度被清除了。课程已用本页面中的进度重新保存，没有丢失。',
};

/** Inside an LMS the platform records progress: no advice to export, no warning that it is lost. */
const lmsMessages: Partial<Messages> = {
  unavailable: `浏览器不允许本课程在本机保存数据。您可以继续学习，${whereProgressIsKept.lms}`,
  'write-failed': `浏览器存储空间已满或被禁止写入，本机的进度副本暂时没有更新。请不要刷新或关闭本页。${whereProgressIsKept.lms}`,
  'migration-failed': `本浏览器中保存的学习进度来自更新版本的课程或无法识别，已保持原样。${whereProgressIsKept.lms}`,
};

const scoreboardMessages: Messages = {
  unavailable: '浏览器不允许保存小组积分榜（可能处于无痕模式或禁用了存储）。积分榜可以照常使用，但关闭页面后不会保留。',
  'write-failed':
    '浏览器存储空间已满或被禁止写入，小组积分榜的最新变化未能保存。请不要刷新或关闭本页，清理浏览器空间后会自动补存。',
  'corrupt-backed-up': '已保存的小组积分榜无法读取（数据已损坏），积分榜已从空白开始。原数据已另行备份，可以下载。',
  'migration-failed': '已保存的小组积分榜来自更新版本的课程，本页面不会覆盖它。',
  'storage-cleared': '浏览器中保存的小组积分榜被清除了。课程已用本页面中的积分榜重新保存，没有丢失。',
};

function downloadBackup(notice: StorageNotice) {
  const raw = readBackup(notice.backupKey!);
  const name = notice.store === 'scoreboard' ? 'classroom-scoreboard-backup.json' : 'course-progress-backup.json';
  if (raw !== null) downloadText(raw, name);
}

// Export is rare (a failed write): its code loads on the click, not with every screen.
const exportNow = () =>
  void import('../store/progress-transfer').then(({ exportProgress }) =>
    downloadText(
      exportProgress(partialize(useAppStore.getState())),
      `课程进度-${new Date().toISOString().slice(0, 10)}.json`,
    ),
  );

/** Tells the learner plainly when their progress cannot be saved or was unreadable. */
export function StorageNoticeBanner() {
  const notices = useStorageNotices((s) => s.notices);
  const dismiss = useStorageNotices((s) => s.dismiss);
  const inLms = useProgressKeeper((s) => s.keeper === 'lms');
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="alert">
      {notices.map((notice) => (
        <div className="notice" key={noticeId(notice)}>
          <p>
            {notice.store === 'scoreboard'
              ? scoreboardMessages[notice.kind]
              : (inLms && lmsMessages[notice.kind]) || progressMessages[notice.kind]}
          </p>
          <div className="notice__actions">
            {notice.backupKey ? (
              <button type="button" className="button" onClick={() => downloadBackup(notice)}>
                下载备份
              </button>
            ) : null}
            {notice.kind === 'write-failed' && notice.store !== 'scoreboard' && !inLms ? (
              <button type="button" className="button" onClick={exportNow}>
                导出进度
              </button>
            ) : null}
            <button type="button" className="button" onClick={() => dismiss(notice)}>
              知道了
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
