import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { startServiceWorker } from './app/pwa-update';
import './i18n/core-messages';
import { syncAssessmentAcrossTabs } from './store/assessment-store';
import { useSettingsStore } from './store/settings-store';
import './ui/global.css';

const root = document.getElementById('root')!;
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);

syncAssessmentAcrossTabs();

// The settings store has read the saved or browser locale synchronously by now.
const locale = useSettingsStore.getState().locale;
document.documentElement.lang = locale;

// index.html holds the start page prerendered in bokmål (src/prerender.tsx). Hydrate it only when
// this visit would render exactly that; otherwise render afresh (React replaces the HTML on its
// first commit), which avoids hydration mismatches for other languages and deep links.
const onStartPage = location.hash.replace(/^#?\/?/, '').split('?')[0] === '';
if (root.firstElementChild && locale === 'nb' && onStartPage) hydrateRoot(root, app);
else createRoot(root).render(app);

startServiceWorker();
