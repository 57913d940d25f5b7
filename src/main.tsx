import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
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

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
