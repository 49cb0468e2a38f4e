import { isLocale, type Locale } from '../domain/locales';
import { detectLocale } from '../i18n/locales';

/** Where the settings store keeps the chosen language (zustand persist's JSON). */
export const SETTINGS_STORAGE_KEY = 'modellkart:settings';

/** The language saved by the settings store, if the saved text holds a valid one. */
export function savedLocale(raw: string | null): Locale | undefined {
  if (!raw) return undefined;
  try {
    const locale = (JSON.parse(raw) as { state?: { locale?: unknown } } | null)?.state?.locale;
    return isLocale(locale) ? locale : undefined;
  } catch {
    return undefined;
  }
}

/** The language a visit starts in: the one chosen earlier, else the browser's. */
export function startLocale(raw: string | null, languages: readonly string[]): Locale {
  return savedLocale(raw) ?? detectLocale(languages);
}

/**
 * This visit's language, read from this browser. The inline script that picks the prerendered
 * start page (src/prerendered-locale.ts) and the settings store's initial state both use it, so
 * the HTML and the app's first render agree, and the app hydrates the HTML instead of repainting.
 */
export function visitLocale(): Locale {
  if (typeof navigator === 'undefined') return 'nb';
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(SETTINGS_STORAGE_KEY);
  } catch {
    // Storage can be blocked; the browser's languages decide then.
  }
  return startLocale(
    saved,
    navigator.languages?.length ? navigator.languages : [navigator.language],
  );
}
