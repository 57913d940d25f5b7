// When the app's code cannot be loaded (network gone before the service worker had cached it, or a
// deploy removed the old files), say so in place of a blank or frozen page.

export const START_FAILURE_MESSAGE =
  '课程未能加载，可能是网络中断或课程刚刚更新。请检查网络后刷新页面；您的学习进度保存在本浏览器中，不会丢失。';

export function showStartFailure(error: unknown, doc: Document = document) {
  console.error('The course could not start:', error);
  const root = doc.getElementById('root');
  if (!root) return;
  const message = doc.createElement('p');
  message.className = 'start-failure';
  message.setAttribute('role', 'alert');
  message.textContent = START_FAILURE_MESSAGE;
  const reload = doc.createElement('button');
  reload.type = 'button';
  reload.className = 'button button--primary';
  reload.textContent = '刷新页面';
  reload.addEventListener('click', () => doc.defaultView?.location.reload());
  root.removeAttribute('data-prerendered');
  root.replaceChildren(message, reload);
}
