// Build-time only (see vite.config.ts): renders the start page to HTML so it paints before JS.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app/app';
import './i18n/core-messages';
import { useSettingsStore } from './store/settings-store';

/** The start page ('/') in bokmål with an empty store, as main.tsx hydrates it. */
export function render(): string {
  // The HTML is always bokmål; main.tsx renders afresh for other locales.
  if (useSettingsStore.getState().locale !== 'nb') useSettingsStore.setState({ locale: 'nb' });
  return renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
