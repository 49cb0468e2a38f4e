// The entry index.html loads: it starts the app. The start page is already in the HTML
// (prerendered), so the inline script loads this only once that HTML has painted: on a slow phone
// the page and its stylesheet get the whole connection first. It imports no other module: each
// would be one more request competing with the page's first paint. The visit's language it reads
// from <html>, where the inline script in index.html (src/prerendered-locale.ts) put it.
import './ui/global.css';

// The shell's texts, one language per visit (the same modules as i18n/load-core-messages.ts).
const coreMessages: Record<string, () => Promise<unknown>> = {
  nb: () => import('./i18n/core-messages-nb'),
  nn: () => import('./i18n/core-messages-nn'),
  en: () => import('./i18n/core-messages-en'),
};
const visit = document.documentElement.dataset;

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
