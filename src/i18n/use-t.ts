import { createContext, useCallback, useContext } from 'react';
import type { Locale } from '../domain/locales';
import type { LocalizedText } from '../domain/localized-text';
import { useSettingsStore } from '../store/settings-store';
import { loadedMessages } from './registry';
import type { MessageKey } from './messages';
import { translate, type MessageVars } from './translate';

/**
 * Fixes the language of everything below it. The build prerenders the start page once per
 * language with it (src/prerender.tsx): on the server, the settings store only gives its initial
 * state.
 */
export const FixedLocale = createContext<Locale | null>(null);

export function useLocale(): Locale {
  const fixed = useContext(FixedLocale);
  const chosen = useSettingsStore((s) => s.locale);
  return fixed ?? chosen;
}

/** t('wizard.next', { step: 2 }) in the user's language. */
export function useT() {
  const locale = useLocale();
  return useCallback(
    (key: MessageKey, vars?: MessageVars) => translate(loadedMessages(locale), key, vars),
    [locale],
  );
}

/** Picks the user's language from catalogue text. */
export function useLocalized() {
  const locale = useLocale();
  return useCallback((text: LocalizedText) => text[locale], [locale]);
}
