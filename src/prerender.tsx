// Build-time only (see vite.config.ts): renders the start page to HTML so it paints before JS.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app/app';
import type { Locale } from './domain/locales';
import './i18n/core-messages';
import { FixedLocale } from './i18n/use-t';

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
