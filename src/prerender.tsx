// Build-time only (see vite.config.ts): renders the start page to HTML so it paints before JS.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app/app';
import { pageTitle } from './ui/use-title';
import type { Locale } from './domain/locales';
import './i18n/core-messages';
import { loadedMessages } from './i18n/registry';
import { translate } from './i18n/translate';
import { FixedLocale } from './i18n/use-t';
import { paths } from './ui/paths';

/** The start page ('/') in one language with an empty store, as main.tsx hydrates it. */
export function render(locale: Locale): string {
  return renderToString(
    <StrictMode>
      <FixedLocale value={locale}>
        <App />
      </FixedLocale>
    </StrictMode>,
  );
}

/** The start page's document title in one language, as the app sets it. */
export function documentTitle(locale: Locale): string {
  return pageTitle(paths.start, (key) => translate(loadedMessages(locale), key));
}
