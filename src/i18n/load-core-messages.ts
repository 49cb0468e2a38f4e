import type { Locale } from '../domain/locales';

// The app shell and start page texts of one language: a visitor downloads only their own, and
// another one when they switch (about 1.5 kB gzip each). src/boot.ts starts the same imports.
const load: Record<Locale, () => Promise<unknown>> = {
  nb: () => import('./core-messages-nb'),
  nn: () => import('./core-messages-nn'),
  en: () => import('./core-messages-en'),
};

/** Resolves once the shell's texts in this language are registered (at once after the first time). */
export function loadCoreMessages(locale: Locale): Promise<unknown> {
  return load[locale]();
}
