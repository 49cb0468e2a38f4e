import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App, preloadRoute } from './app/app';
import { stylesheetsLoaded } from './app-loading';
import { startServiceWorker } from './app/pwa-update';
import { loadCoreMessages } from './i18n/load-core-messages';
import { syncAssessmentAcrossTabs } from './store/assessment-store';
import { useSettingsStore } from './store/settings-store';
import { isStartPageHash } from './ui/paths';

// Before anything waits: the store read the saved answers as its module loaded, and another tab's
// save from then on must reach this tab.
syncAssessmentAcrossTabs();

// The browser has just evaluated the app's modules (React DOM came in a task before). Start the
// app in the next task, so a tap or key press in between is handled without waiting for both.
await new Promise((resolve) => setTimeout(resolve, 0));
// The settings store has read the saved or browser locale synchronously by now.
const locale = useSettingsStore.getState().locale;
// Already on its way since src/boot.ts started the app, as is the full stylesheet, which every
// page but the prerendered start page needs for its first render. The page's own code too, so the
// first render shows the page itself.
await Promise.all([loadCoreMessages(locale), stylesheetsLoaded(), preloadRoute(location.hash)]);

const root = document.getElementById('root')!;
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);

document.documentElement.lang = locale;

// index.html holds the start page prerendered in this visit's language (src/prerendered-locale.ts
// picked it and marked #root with it). Hydrate it only when this visit renders exactly that;
// otherwise render afresh (React replaces the HTML on its first commit).
if (root.firstElementChild && root.dataset.locale === locale && isStartPageHash(location.hash)) {
  // As a transition, hydration yields to the browser every few milliseconds instead of blocking
  // the main thread for the whole page; the HTML is already on screen meanwhile.
  startTransition(() => {
    hydrateRoot(root, app);
  });
} else {
  // Other pages render as a transition too: a long page (a shared result) is built in slices.
  startTransition(() => {
    createRoot(root).render(app);
  });
}

startServiceWorker();
