// The entry index.html loads. The start page is already in the HTML (prerendered), so there the
// app's code is fetched only once that HTML has painted: on a slow phone the page and its
// stylesheet get the whole connection first. Other pages need the app to show anything: load at once.
// It imports no other module: each would be one more request competing with the page's first
// paint. What it needs to know, the inline script in index.html (src/prerendered-locale.ts) has
// put on <html>: the visit's language and whether the address is the start page.
import './ui/global.css';

// The shell's texts, one language per visit (the same modules as i18n/load-core-messages.ts).
const coreMessages: Record<string, () => Promise<unknown>> = {
  nb: () => import('./i18n/core-messages-nb'),
  nn: () => import('./i18n/core-messages-nn'),
  en: () => import('./i18n/core-messages-en'),
};
const visit = document.documentElement.dataset;

let started = false;
const start = () => {
  if (started) return;
  started = true;
  // The full stylesheet and the manifest, held back until now (build/prerender.ts): the start page
  // painted with its rules inline; everything after needs the rest. main.tsx waits for the
  // stylesheet before rendering. (On other pages the inline script has asked for it already.)
  document.querySelectorAll<HTMLLinkElement>('link[data-href]:not([href])').forEach((link) => {
    link.href = link.dataset.href!;
  });
  // React DOM is most of the app's code. Imported on its own first, the browser evaluates it in a
  // task of its own as soon as it arrives and the app's modules in a later one; both still download
  // at once. In one task together they were long enough to hold up a tap on a slow phone.
  void import('react-dom/client');
  void import('./main');
  // The shell's texts in this visit's language only, fetched alongside; main.tsx waits for them.
  const locale = visit.visitLocale;
  if (locale && Object.hasOwn(coreMessages, locale)) void coreMessages[locale]!();
};

// Never wait long for a paint the browser does not report.
const LONGEST_WAIT_MS = 2000;

function afterFirstPaint(run: () => void): void {
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return run();
  const observer = new PerformanceObserver((list) => {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    run();
  });
  observer.observe({ type: 'paint', buffered: true });
  setTimeout(run, LONGEST_WAIT_MS);
}

// Only a built page has the start page in it (the dev server's is empty).
const prerendered = Boolean(document.getElementById('root')?.firstElementChild);
if (prerendered && visit.startPage !== undefined && document.visibilityState === 'visible') {
  afterFirstPaint(start);
} else {
  start();
}
