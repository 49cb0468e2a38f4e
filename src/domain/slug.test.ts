import { describe, expect, it } from 'vitest';
import { slug } from './slug';

describe('slug', () => {
  it.each([
    ['Årsmøte på Ås', 'arsmote-pa-as'],
    ['ÆRLIG ØKT ÅPEN', 'aerlig-okt-apen'],
    ['blåbærsyltetøy', 'blabaersyltetoy'],
    ['Crème brûlée à Zürich', 'creme-brulee-a-zurich'],
    ['Straße', 'strasse'],
    ['  Nedlasting & <prøve>  ', 'nedlasting-prove'],
    ['Samling 2025/2026', 'samling-2025-2026'],
  ])('%s → %s', (text, expected) => {
    expect(slug(text)).toBe(expected);
  });

  it('cuts long names without leaving a hyphen at the end', () => {
    expect(slug('Workshop for bibliotek og innbyggertorg i Drammen')).toBe(
      'workshop-for-bibliotek-og-innbyggertorg',
    );
    expect(slug('abcdefghi jklmnop', 10)).toBe('abcdefghi');
    expect(slug('a'.repeat(60))).toHaveLength(40);
  });

  it('gives an empty string when nothing usable is left', () => {
    expect(slug('')).toBe('');
    expect(slug('   ')).toBe('');
    expect(slug('«»!?')).toBe('');
  });
});
