import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en';
import { nb } from '../src/i18n/nb';
import { nn } from '../src/i18n/nn';
import { webManifest } from './manifest';

describe('the web app manifest', () => {
  const manifest = webManifest({ nb, nn, en });

  it('is named and described in bokmål from the message files', () => {
    expect(manifest).toMatchObject({
      lang: 'nb',
      name: nb.app.documentTitle,
      short_name: nb.app.name,
      description: nb.site.description,
    });
  });

  it('carries the nynorsk and English names as translations', () => {
    expect(manifest.translations).toEqual({
      nn: { name: nn.app.documentTitle, short_name: nn.app.name, description: nn.site.description },
      en: { name: en.app.documentTitle, short_name: en.app.name, description: en.site.description },
    });
    expect(manifest.translations.en!.description).not.toBe(manifest.description);
  });

  it('opens relative to itself and has a maskable icon', () => {
    expect(manifest.start_url).toBe('./');
    expect(manifest.scope).toBe('./');
    expect(manifest.icons?.some((icon) => icon.purpose === 'maskable')).toBe(true);
  });
});
