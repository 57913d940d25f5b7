import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { startLmsSession } from './features/progress/lms/lms-session';
import { followOtherTabs } from './store/app-store';
import './styles/base.css';
import './styles/layout.css';
import './styles/lecture.css';
import './styles/quiz.css';
import './styles/handbook.css';
import './styles/deck.css';
import './styles/classroom.css';
import './styles/progress.css';

followOtherTabs();
// Inside an LMS, report progress to it. Not from the projector/console windows: they are opened
// by the course window, which already holds the LMS session.
if (!/^#\/(present|presenter|print)\//.test(window.location.hash)) startLmsSession();

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
