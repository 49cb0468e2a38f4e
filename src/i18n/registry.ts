import type { Locale } from '../domain/locales';
import type { Messages } from './messages';

type Loaded = { [K in keyof Messages]?: Messages[K] };

const loaded: Record<Locale, Loaded> = { nb: {}, nn: {}, en: {} };

/**
 * Adds one namespace in every locale. Features call this when their code loads, so a page only
 * ships the texts it shows.
 */
export function registerMessages<K extends keyof Messages>(
  namespace: K,
  byLocale: Record<Locale, Messages[K]>,
): void {
  for (const locale of Object.keys(byLocale) as Locale[]) {
    loaded[locale][namespace] = byLocale[locale];
  }
}

/** Adds several namespaces in one locale: the shell's texts load one language at a time. */
export function registerLocaleMessages(locale: Locale, namespaces: Loaded): void {
  Object.assign(loaded[locale], namespaces);
}

export function loadedMessages(locale: Locale): Loaded {
  return loaded[locale];
}
