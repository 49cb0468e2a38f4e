// Runs inline in index.html, before the first paint (vite.config.ts puts it there). The build
// prerenders the start page in every language: bokmål in #root, the others in <template>s. This
// shows the one the app will start in, so the app hydrates it in place instead of repainting.
import {
  afterFirstPaint,
  loadApp,
  loadShareFirstPaint,
  loadStylesheet,
  shareFirstPaintFiles,
} from './app-loading';
import { isStartPageHash, sharedCodeOf } from './ui/paths';
import { visitLocale } from './store/saved-locale';

const root = document.getElementById('root');
const templates = document.querySelectorAll<HTMLTemplateElement>('template[data-locale]');
const locale = visitLocale();
// For src/boot.ts and a shared result's first paint, which import nothing to find out: the texts
// in this language only.
document.documentElement.dataset.visitLocale = locale;
const startPage = isStartPageHash(location.hash);
const template = [...templates].find((t) => t.dataset.locale === locale);
if (root?.firstElementChild && template && root.dataset.locale !== locale) {
  root.replaceChildren(template.content.cloneNode(true));
  root.dataset.locale = locale;
  document.documentElement.lang = locale;
  if (startPage && template.dataset.title) document.title = template.dataset.title;
}
if (root?.firstElementChild && !startPage) {
  // Another page is opening (a shared result, a wizard step): its content comes with the app.
  // The start page's text must not show under that address meanwhile. The header stays, and the
  // main area is empty, so nothing on screen moves when the page arrives.
  root.querySelector('main')?.firstElementChild?.replaceChildren();
  root.querySelector('footer')?.remove();
}
templates.forEach((t) => t.remove());

// The app itself (src/boot.ts, named in a meta tag by build/prerender.ts): on the start page only
// once this HTML has painted, so no script request competes with that paint. A shared result
// first paints its heading and lead from the link alone (src/share-first-paint.ts), which then
// loads the app. Elsewhere the app loads at once.
const firstPaint = shareFirstPaintFiles(locale);
// Every page but the start page needs the full stylesheet for its first paint. Its link comes at
// the end of <body>, after this script: ask for it once the HTML is parsed, which is at once.
if (!startPage) document.addEventListener('DOMContentLoaded', loadStylesheet, { once: true });
if (startPage && root?.firstElementChild && document.visibilityState === 'visible') {
  afterFirstPaint(loadApp);
} else if (root?.firstElementChild && sharedCodeOf(location.hash) && firstPaint.length) {
  loadShareFirstPaint(firstPaint);
} else loadApp();
