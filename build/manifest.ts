import type { ManifestOptions } from 'vite-plugin-pwa';
import { LOCALES, type Locale } from '../src/domain/locales';
import type { Messages } from '../src/i18n/messages';

/** The language the installed app is named in; the others come as translations. */
const MANIFEST_LOCALE: Locale = 'nb';

function names(messages: Messages) {
  return {
    name: messages.app.documentTitle,
    short_name: messages.app.name,
    description: messages.site.description,
  };
}

/**
 * The web app manifest, named and described from the message files: in bokmål, with nynorsk
 * and English as translations (the manifest's `translations` member) for browsers that use them.
 */
export function webManifest(
  messages: Record<Locale, Messages>,
): Partial<ManifestOptions> & { translations: Record<string, ReturnType<typeof names>> } {
  return {
    id: './',
    ...names(messages[MANIFEST_LOCALE]),
    lang: MANIFEST_LOCALE,
    dir: 'ltr',
    translations: Object.fromEntries(
      LOCALES.filter((l) => l !== MANIFEST_LOCALE).map((l) => [l, names(messages[l])]),
    ),
    // Relative to the manifest, so any base path works.
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0062ba',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      {
        src: 'icons/icon-maskable-512.png',
        sizes: '512x512',
        type: 'image/png',
        purpose: 'maskable',
      },
      { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  };
}
