import { describe, expect, it } from 'vitest';
import { random } from '../../scripts/bench';
import { LOCALES } from '../domain/locales';
import {
  formatDate,
  formatDateTime,
  formatList,
  formatNumber,
  formatPercent,
  formatTime,
  intlTag,
  quotedList,
} from './format';

// Node has the locale data for all three languages: Intl is the oracle the hand-written
// formatting must match, value for value.

// The bench's seeded generator, so a failure names a value that fails again.
const rnd = random(7);
// Shares with up to four decimals (half-way cases included), scores, counts, and odd ones.
const SHARES = [
  0,
  -0,
  1,
  0.5,
  0.005,
  0.015,
  0.145,
  0.125,
  0.995,
  0.9995,
  0.58,
  1 / 3,
  2 / 3,
  -0.004,
  -0.25,
  1e-7,
  0.07,
  1.5,
  12.345,
  ...Array.from({ length: 400 }, () => Math.round(rnd() * 10_000) / 10_000),
  ...Array.from({ length: 200 }, () => rnd() * 2 - 1),
];
const NUMBERS = [
  0,
  -0,
  1,
  -1,
  0.05,
  0.15,
  1.05,
  2.5,
  -2.5,
  54.3,
  99.95,
  100,
  999.95,
  1234,
  12345.67,
  1234567,
  -0.04,
  1e-7,
  1e21,
  0.1 + 0.2,
  150000,
  ...Array.from({ length: 400 }, () => Math.round((rnd() * 200 - 100) * 100) / 100),
  ...Array.from({ length: 200 }, () => rnd() * 1_000_000),
];

describe.each(LOCALES)('%s', (locale) => {
  const tag = intlTag(locale);

  it('formats shares as Intl’s percent style does, with 0, 1 and 2 decimals', () => {
    for (const digits of [0, 1, 2]) {
      const intl = new Intl.NumberFormat(tag, {
        style: 'percent',
        maximumFractionDigits: digits,
        minimumFractionDigits: digits,
      });
      for (const share of SHARES) {
        expect(formatPercent(locale, share, digits), `${share} (${digits})`).toBe(
          intl.format(share),
        );
      }
    }
  });

  it('formats numbers as Intl does, with up to 0, 1 and 2 decimals, or exactly that many', () => {
    for (const digits of [0, 1, 2]) {
      for (const fixed of [false, true]) {
        const intl = new Intl.NumberFormat(tag, {
          maximumFractionDigits: digits,
          minimumFractionDigits: fixed ? digits : 0,
        });
        for (const value of NUMBERS) {
          expect(formatNumber(locale, value, digits, fixed), `${value} (${digits})`).toBe(
            intl.format(value),
          );
        }
      }
    }
    expect(formatNumber(locale, Number.NaN)).toBe(new Intl.NumberFormat(tag).format(Number.NaN));
  });

  it('formats dates, times and both as Intl’s long date and short time do', () => {
    const long = new Intl.DateTimeFormat(tag, { dateStyle: 'long' });
    const short = new Intl.DateTimeFormat(tag, { timeStyle: 'short' });
    const both = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeStyle: 'short' });
    for (let month = 0; month < 12; month++) {
      for (const [day, hour, minute] of [
        [1, 0, 0],
        [9, 9, 5],
        [28, 23, 59],
      ] as const) {
        const date = new Date(2026, month, day, hour, minute);
        expect(formatDate(locale, date)).toBe(long.format(date));
        expect(formatDate(locale, date.toISOString())).toBe(long.format(date));
        expect(formatTime(locale, date)).toBe(short.format(date));
        expect(formatDateTime(locale, date)).toBe(both.format(date));
      }
    }
  });

  it('joins lists as Intl’s conjunction does', () => {
    const intl = new Intl.ListFormat(tag, { type: 'conjunction' });
    for (const items of [
      [],
      ['a'],
      ['a', 'b'],
      ['a', 'b', 'c'],
      ['Ansatte og kompetanse', 'b', 'c', 'd'],
    ]) {
      expect(formatList(locale, items)).toBe(intl.format(items));
    }
  });
});

describe('quotedList', () => {
  it('quotes each item the language’s way', () => {
    expect(quotedList('nb', ['Ansatte og kompetanse', 'Budsjett'])).toBe(
      '«Ansatte og kompetanse» og «Budsjett»',
    );
    expect(quotedList('en', ['Staff', 'Budget', 'Digital services'])).toBe(
      '“Staff”, “Budget” and “Digital services”',
    );
  });
});
