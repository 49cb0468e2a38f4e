import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { nb } from '../i18n/nb';
import { nn } from '../i18n/nn';
import { CATALOGUE } from './catalogue';
import { REFERENCES } from './references';
import {
  figuresIn,
  SOURCED_CLAIMS,
  SOURCES,
  textsOf,
  unsourced,
  WATCHED_PLACES,
} from './sourced-claims';

describe('figuresIn', () => {
  it('reads ratios, percentages, ranges and plain numbers, and skips placeholders', () => {
    expect(figuresIn('1 av 4 og 64 % av {count} ansatte, 10–15 minutter, 1 in 4, 64%')).toEqual([
      '1 av 4',
      '1 in 4',
      '64 %',
      '10–15',
      '64%',
    ]);
    expect(figuresIn('{answered} av {total} spørsmål')).toEqual([]);
    expect(figuresIn('WCAG 2.1 og 1 200 intervjuer')).toEqual(['2.1', '1 200']);
  });
});

describe('unsourced', () => {
  it('flags a figure or a place no claim carries', () => {
    expect(unsourced([['a', 'Hele 80 % i Bergen er fornøyde.']], WATCHED_PLACES)).toEqual([
      'a: figure «80 %»',
      'a: place «Bergen»',
    ]);
    expect(unsourced([['b', '1 av 4 i Drammen, 64 %.']], WATCHED_PLACES)).toEqual([]);
    // A word that merely contains a place name is no place.
    expect(unsourced([['c', 'Kommunen har mosseaktige tak.']], WATCHED_PLACES)).toEqual([]);
  });
});

describe('sourced claims', () => {
  it('each has a unique id, text in every language and a known source', () => {
    const ids = SOURCED_CLAIMS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const claim of SOURCED_CLAIMS) {
      expect(Object.keys(SOURCES)).toContain(claim.source);
      for (const text of Object.values(claim.claim)) expect(text.trim()).not.toBe('');
      // A claim carries only figures it states itself.
      for (const figure of claim.figures ?? []) {
        expect(
          Object.values(claim.claim).some((t) => t.includes(figure)),
          figure,
        ).toBe(true);
      }
    }
  });

  it.each([
    ['nb', nb],
    ['nn', nn],
    ['en', en],
  ])('the %s messages hold no figure or place outside the list', (_locale, messages) => {
    expect(unsourced(textsOf(messages), WATCHED_PLACES)).toEqual([]);
  });

  it('the model texts hold no figure or place outside the list', () => {
    expect(unsourced(textsOf(REFERENCES), WATCHED_PLACES)).toEqual([]);
  });

  it('the catalogue texts hold no figure or place outside the list', () => {
    const texts = CATALOGUE.questions.flatMap((q) =>
      textsOf({ text: q.text, help: q.help, options: q.options?.map((o) => o.label) }, q.id),
    );
    const dimensions = textsOf(
      CATALOGUE.dimensions.map((d) => ({ title: d.title, intro: d.intro })),
    );
    expect(unsourced([...texts, ...dimensions], WATCHED_PLACES)).toEqual([]);
  });
});
