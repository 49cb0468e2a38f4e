import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../domain/catalogue';
import { REFERENCES } from '../domain/references';
import { textsOf } from '../domain/sourced-claims';
import { en } from './en';
import { catalogueTexts, glossaryViolations } from './glossary';
import { TEST_CATALOGUE } from '../test/test-catalogues';
import { nb } from './nb';
import { nn } from './nn';

describe('glossaryViolations', () => {
  it('flags a ruled-out form and names the preferred one', () => {
    expect(glossaryViolations('nn', [['a', 'Svara vert lagra hjå dykk.']])).toEqual([
      'a: «vert» (use «blir»)',
      'a: «hjå» (use «hos»)',
    ]);
    expect(glossaryViolations('en', [['b', 'Ask the citizens at the counter.']])).toEqual([
      'b: «counter» (use «front desk»)',
      'b: «citizens» (use «residents»)',
    ]);
  });

  it('leaves allowed words alone, also where a ruled-out form hides inside them', () => {
    expect(
      glossaryViolations('en', [['a', 'The citizen service centre and Hybrid cooperation.']]),
    ).toEqual([]);
    expect(glossaryViolations('nn', [['a', 'Det verste er at vertskapet gjev opp.']])).toEqual([
      'a: «gjev» (use «gi»)',
    ]);
    expect(glossaryViolations('nb', [['a', 'Hybrid samarbeid og modellblandingen.']])).toEqual([]);
  });
});

describe('the messages follow the glossary', () => {
  it.each([
    ['nb', nb],
    ['nn', nn],
    ['en', en],
  ] as const)('%s', (locale, messages) => {
    expect(glossaryViolations(locale, textsOf(messages))).toEqual([]);
  });

  it.each(['nb', 'nn', 'en'] as const)('the model texts in %s', (locale) => {
    const texts = REFERENCES.flatMap((r) =>
      [r.name, r.summary, r.example].flatMap((t, i) =>
        t ? [[`${r.id}.${i}`, t[locale]] as [string, string]] : [],
      ),
    );
    expect(glossaryViolations(locale, texts)).toEqual([]);
  });
});

describe('catalogueTexts', () => {
  it('gives every catalogue text in one language, so the glossary can check a catalogue too', () => {
    const texts = catalogueTexts(TEST_CATALOGUE, 'nn');
    expect(texts).toContainEqual(['skranke.text', 'Skranke?']);
    expect(texts).toContainEqual(['skranke.felles', 'Felles']);
    expect(glossaryViolations('nn', [...texts, ['x.help', 'Det vert lagra.']])).toEqual([
      'x.help: «vert» (use «blir»)',
    ]);
  });
});

describe('the shipped catalogue follows the glossary', () => {
  it.each(['nb', 'nn', 'en'] as const)('%s', (locale) => {
    expect(glossaryViolations(locale, catalogueTexts(CATALOGUE, locale))).toEqual([]);
  });
});
