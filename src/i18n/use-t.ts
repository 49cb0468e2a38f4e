import { useCallback } from 'react';
import type { LocalizedText } from '../domain/localized-text';
import { useSettingsStore } from '../store/settings-store';
import { loadedMessages } from './registry';
import type { MessageKey } from './messages';
import { translate, type MessageVars } from './translate';

export function useLocale() {
  return useSettingsStore((s) => s.locale);
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
