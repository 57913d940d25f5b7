// Who keeps the learner's progress: this browser alone, or a learning platform (an LMS) that
// records it. Texts that tell the learner where their progress is read it; the LMS session sets it.
import { create } from 'zustand';

export type ProgressKeeper = 'browser' | 'lms';

export const useProgressKeeper = create<{ keeper: ProgressKeeper }>(() => ({ keeper: 'browser' }));

export const progressKeptByLms = () => useProgressKeeper.getState().keeper === 'lms';

export function markProgressKeptByLms() {
  useProgressKeeper.setState({ keeper: 'lms' });
}

/** One sentence on where progress is kept, for footers and panels. */
export const whereProgressIsKept: Record<ProgressKeeper, string> = {
  browser: '学习进度只保存在本浏览器中。',
  lms: '学习进度由学习平台记录，换电脑后从学习平台进入本课程即可继续。',
};
