import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import './i18n/core-messages';
import { syncAssessmentAcrossTabs } from './store/assessment-store';
import './ui/global.css';

const root = document.getElementById('root')!;
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);

syncAssessmentAcrossTabs();

// The start page is prerendered into index.html; hydrate it when it is there.
if (root.firstElementChild) hydrateRoot(root, app);
else createRoot(root).render(app);
