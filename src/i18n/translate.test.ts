import { describe, expect, it } from 'vitest';
import { en } from './en';
import type { MessageTree } from './message-types';
import { nb } from './nb';
import { nn } from './nn';
import { interpolate, pluralKey, translate } from './translate';

describe('interpolate', () => {
  it('fills known placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{count} av {total}', { count: 2 })).toBe('2 av {total}');
  });
});

describe('pluralKey', () => {
  it.each([
    ['nb', 0, 'workshop.counts.participants_other'],
    ['nb', 1, 'workshop.counts.participants_one'],
    ['nn', 1, 'workshop.counts.participants_one'],
    ['en', 1, 'workshop.counts.participants_one'],
    ['en', 2, 'workshop.counts.participants_other'],
    ['nb', 21, 'workshop.counts.participants_other'],
    ['en', 1.5, 'workshop.counts.participants_other'],
  ] as const)('%s, %d → %s', (locale, count, expected) => {
    expect(pluralKey(locale, 'workshop.counts.participants', count)).toBe(expected);
  });

  it('picks the form that agrees with the number in each language', () => {
    const say = (messages: object, locale: 'nb' | 'nn' | 'en', count: number) =>
      translate(messages, pluralKey(locale, 'workshop.counts.participants', count), { count });
    expect([0, 1, 2].map((n) => say(nb, 'nb', n))).toEqual([
      '0 deltakere',
      '1 deltaker',
      '2 deltakere',
    ]);
    expect([1, 2].map((n) => say(nn, 'nn', n))).toEqual(['1 deltakar', '2 deltakarar']);
    expect([1, 2].map((n) => say(en, 'en', n))).toEqual(['1 participant', '2 participants']);
  });
});

// A message with a singular form must have the plural form too, and the other way round.
it('every _one message has an _other message beside it, and the reverse', () => {
  const unpaired: string[] = [];
  const walk = (tree: MessageTree, path: string) => {
    for (const [key, value] of Object.entries(tree)) {
      if (typeof value !== 'string') walk(value, `${path}${key}.`);
      const pair = key.endsWith('_one')
        ? key.replace(/_one$/, '_other')
        : key.endsWith('_other')
          ? key.replace(/_other$/, '_one')
          : null;
      if (pair && !(pair in tree)) unpaired.push(`${path}${key}`);
    }
  };
  walk(nb as unknown as MessageTree, '');
  expect(unpaired).toEqual([]);
});
