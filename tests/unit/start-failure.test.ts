// When the app's code cannot load, the learner is told what happened and can reload; nothing is blank.
import { showStartFailure, START_FAILURE_MESSAGE } from '../../src/app/start-failure';

it('replaces the page with a plain message and a reload button', () => {
  document.body.innerHTML = '<div id="root" data-prerendered><main>prerendered home</main></div>';
  const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  showStartFailure(new TypeError('Failed to fetch dynamically imported module'));
  const root = document.getElementById('root')!;
  expect(root.hasAttribute('data-prerendered')).toBe(false);
  expect(root.querySelector('[role="alert"]')).toHaveTextContent(START_FAILURE_MESSAGE);
  expect(root.querySelector('button')).toHaveTextContent('刷新页面');
  expect(root).not.toHaveTextContent('prerendered home');
  expect(error).toHaveBeenCalled();
  error.mockRestore();
});
