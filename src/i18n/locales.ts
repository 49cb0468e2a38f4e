import type { Locale } from '../domain/locales';

/**
 * The locale a first-time visitor gets from the browser's preferred languages, in order:
 * nn → nn; nb or no → nb; en → en. Only other languages → en; none at all → nb.
 */
export function detectLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'nn') return 'nn';
    if (primary === 'nb' || primary === 'no') return 'nb';
    if (primary === 'en') return 'en';
  }
  return languages.length === 0 ? 'nb' : 'en';
}
