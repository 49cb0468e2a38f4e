// A shared result's first paint: its heading, lead and certainty, drawn from the link alone
// while the app's code is still on its way. The inline script in index.html loads this on share
// links only (build/prerender.ts names its files); this loads the app once it has painted, and
// the app's shared page starts from the code decoded here. On a phone the result shows seconds
// sooner than if it waited for the whole app.
import { afterNextPaint, loadApp, loadStylesheet, stylesheetsLoaded } from './app-loading';
import { sharedResultFirstPaint } from './app/shared-result-first-paint';
import { isLocale } from './domain/locales';
import { loadCoreMessages } from './i18n/load-core-messages';
import { sharedCodeOf } from './ui/paths';

async function paint(): Promise<void> {
  const code = sharedCodeOf(location.hash);
  const locale = document.documentElement.dataset.visitLocale;
  // The main area the inline script emptied for the page that is opening.
  const area = document.querySelector('#root main')?.firstElementChild;
  if (!code || !isLocale(locale) || !area) return;
  // The inline script asked for the full stylesheet already, unless the HTML was still parsing.
  loadStylesheet();
  // Already on its way: the inline script asked for this language's texts with this script.
  await loadCoreMessages(locale);
  const top = await sharedResultFirstPaint(code, locale);
  await stylesheetsLoaded();
  // Only onto the empty area, at the same address: never over the app or another page.
  if (top && area.isConnected && !area.firstChild && sharedCodeOf(location.hash) === code) {
    area.replaceChildren(top);
  }
}

try {
  await paint();
} finally {
  afterNextPaint(loadApp);
}
