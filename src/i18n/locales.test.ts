import { describe, expect, it } from 'vitest';
import { detectLocale } from './locales';

describe('detectLocale', () => {
  it.each([
    [['nn-NO'], 'nn'],
    [['nn'], 'nn'],
    [['nb-NO'], 'nb'],
    [['no'], 'nb'],
    [['nb'], 'nb'],
    [['en-US'], 'en'],
    [['de-DE'], 'en'],
    [['sv-SE', 'nb-NO'], 'nb'],
    [['de', 'nn-NO', 'nb'], 'nn'],
    [['en-GB', 'nb-NO'], 'en'],
    [[], 'nb'],
  ])('%j → %s', (languages, expected) => {
    expect(detectLocale(languages)).toBe(expected);
  });
});
