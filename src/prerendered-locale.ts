// Runs inline in index.html, before the first paint (vite.config.ts puts it there). The build
// prerenders the start page in every language: bokmål in #root, the others in <template>s. This
// shows the one the app will start in, so the app hydrates it in place instead of repainting.
import { isStartPageHash } from './ui/paths';
import { visitLocale } from './store/saved-locale';

const root = document.getElementById('root');
const templates = document.querySelectorAll<HTMLTemplateElement>('template[data-locale]');
const locale = visitLocale();
// For src/boot.ts, which imports nothing to find out: the app's texts in this language only, and
// on the start page the app only after the first paint.
document.documentElement.dataset.visitLocale = locale;
const startPage = isStartPageHash(location.hash);
if (startPage) document.documentElement.dataset.startPage = '';
if (root && startPage) {
  const template = [...templates].find((t) => t.dataset.locale === locale);
  if (template && root.dataset.locale !== locale) {
    root.replaceChildren(template.content.cloneNode(true));
    root.dataset.locale = locale;
    document.documentElement.lang = locale;
    if (template.dataset.title) document.title = template.dataset.title;
  }
}
templates.forEach((t) => t.remove());
