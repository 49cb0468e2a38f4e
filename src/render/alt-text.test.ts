import { describe, expect, it } from 'vitest';
import { exporting as en } from '../i18n/en/exporting';
import { exporting as nb } from '../i18n/nb/exporting';
import { exporting as nn } from '../i18n/nn/exporting';
import { dimensionsAltText, mapAltText, mixAltText } from './alt-text';

describe('alt text', () => {
  it('describes the map in one plain sentence with the point and closest model', () => {
    const text = mapAltText(nb.alt, {
      subject: 'Indre Østfold',
      point: { x: 72.4, y: 80.6 },
      model: 'Totalt samarbeid',
    });
    expect(text).toBe(
      'Modellkart med samorganisering på den vannrette aksen og samlokalisering på den loddrette, begge fra 0 til 100. Indre Østfold ligger på 72 for samorganisering og 81 for samlokalisering, nærmest Totalt samarbeid.',
    );
    expect(text).not.toMatch(/\{\w+\}/);
  });

  it('adds the desired situation and capitalises a lower-case subject', () => {
    const text = mapAltText(en.alt, {
      subject: en.alt.subject,
      point: { x: 10, y: 20 },
      model: 'One door in',
      desired: { point: { x: 80, y: 90 }, model: 'Full cooperation' },
    });
    expect(text.startsWith('Model map')).toBe(true);
    expect(text).toContain('Your organisation sits at 10');
    expect(text).toContain('The desired situation sits at 80 and 90, closest to Full cooperation.');
  });

  it('lists the mix and the dimensions, in every language', () => {
    for (const messages of [nb, nn, en]) {
      const mix = mixAltText(messages.alt, {
        subject: 'X',
        rows: [
          { id: 'totalt', name: 'Totalt samarbeid', percent: '60 %' },
          { id: 'ingen', name: 'Ingen', percent: '40 %' },
        ],
      });
      expect(mix).toContain('Totalt samarbeid 60 %, Ingen 40 %');
      const dims = dimensionsAltText(messages.alt, {
        subject: 'X',
        rows: [
          { dimension: 'Skranke', model: 'En dør inn', percent: '70 %' },
          { dimension: 'Budsjett', model: null, percent: '' },
        ],
      });
      expect(dims).toContain('Skranke');
      expect(dims).toContain('En dør inn (70 %)');
      expect(dims).not.toMatch(/\{\w+\}/);
    }
  });
});
