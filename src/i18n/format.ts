import type { Locale } from '../domain/locales';

// Numbers, lists, dates and times in the three languages, written out here instead of asking
// Intl. Two reasons, both measured:
// - The first Intl.NumberFormat, ListFormat or DateTimeFormat of a page loads the browser's
//   locale data: 50–140 ms each on a phone-speed CPU (Chromium at 4 × slowdown), three of them in
//   the first render of a result, each a task that holds up a tap.
// - Chromium ships no nynorsk data: Intl falls back to American English there («58%»,
//   «December 7, 2026», «a, b, and c») in the middle of nynorsk text.
// format.test.ts holds every function to Intl's own output in Node (which has the data), over
// the values the app shows.

const TAGS: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

export function intlTag(locale: Locale): string {
  return TAGS[locale];
}

type NumberStyle = { decimal: string; group: string; minus: string; percent: string };

const NUMBERS: Record<Locale, NumberStyle> = {
  nb: { decimal: ',', group: '\u00a0', minus: '\u2212', percent: '\u00a0%' },
  nn: { decimal: ',', group: '\u00a0', minus: '\u2212', percent: '\u00a0%' },
  en: { decimal: '.', group: ',', minus: '-', percent: '%' },
};

/**
 * |value| × 10^shift as decimal digits rounded half away from zero to `digits` decimals, from
 * the shortest decimal that reads back as the value (as Intl does): 0.145 shifted by 2 is 14.5,
 * which rounds to 15, where 0.145 * 100 would be 14.499999999999998.
 */
function decimalDigits(value: number, shift: number, digits: number): [string, string] {
  const [mantissa, exponent = '0'] = Math.abs(value).toString().split('e');
  const [whole, fraction = ''] = mantissa!.split('.');
  let all = whole! + fraction;
  let point = whole!.length + Number(exponent) + shift;
  if (point < 0) {
    all = '0'.repeat(-point) + all;
    point = 0;
  }
  if (point > all.length) all += '0'.repeat(point - all.length);
  let kept = all.slice(0, point + digits).padEnd(point + digits, '0');
  if ((all[point + digits] ?? '0') >= '5') {
    kept = (BigInt(kept) + 1n).toString().padStart(kept.length, '0');
  }
  const intLength = kept.length - digits;
  const int = kept.slice(0, intLength).replace(/^0+(?=\d)/, '') || '0';
  return [int, kept.slice(intLength)];
}

function formatDecimal(
  locale: Locale,
  value: number,
  { shift = 0, digits, fixed }: { shift?: number; digits: number; fixed: boolean },
): string {
  // Never shown by the app; Intl knows how they read.
  if (!Number.isFinite(value)) return new Intl.NumberFormat(TAGS[locale]).format(value);
  const style = NUMBERS[locale];
  const [int, rawFraction] = decimalDigits(value, shift, digits);
  const fraction = fixed ? rawFraction : rawFraction.replace(/0+$/, '');
  const grouped = int.replace(/\B(?=(\d{3})+$)/g, style.group);
  // Like Intl: a negative value keeps its sign even when it rounds to zero («−0»).
  const sign = value < 0 || Object.is(value, -0) ? style.minus : '';
  return sign + grouped + (fraction ? style.decimal + fraction : '');
}

/** 0.58 → "58 %" (nb/nn) or "58%" (en). */
export function formatPercent(locale: Locale, share: number, digits = 0): string {
  return formatDecimal(locale, share, { shift: 2, digits, fixed: true }) + NUMBERS[locale].percent;
}

/** With fixed, always that many decimals («1.0», not «1», so «1.0 percentage points» agrees). */
export function formatNumber(locale: Locale, value: number, digits = 0, fixed = false): string {
  return formatDecimal(locale, value, { digits, fixed });
}

// Bokmål and nynorsk name the months alike.
const NORWEGIAN_MONTHS = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
] as const;

const MONTHS: Record<Locale, readonly string[]> = {
  nb: NORWEGIAN_MONTHS,
  nn: NORWEGIAN_MONTHS,
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

function asDate(value: string | Date): Date {
  return typeof value === 'string' ? new Date(value) : value;
}

/** «7. desember 2026» (nb/nn) or «7 December 2026» (en), in the browser's time zone. */
export function formatDate(locale: Locale, value: string | Date): string {
  const date = asDate(value);
  const month = MONTHS[locale][date.getMonth()]!;
  const day = date.getDate();
  return locale === 'en'
    ? `${day} ${month} ${date.getFullYear()}`
    : `${day}. ${month} ${date.getFullYear()}`;
}

/** «09:05» in all three languages. */
export function formatTime(_locale: Locale, value: string | Date): string {
  const date = asDate(value);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** «7. desember 2026 kl. 09:05» (nb/nn) or «7 December 2026 at 09:05» (en). */
export function formatDateTime(locale: Locale, value: string | Date): string {
  const at = locale === 'en' ? 'at' : 'kl.';
  return `${formatDate(locale, value)} ${at} ${formatTime(locale, value)}`;
}

const AND: Record<Locale, string> = { nb: 'og', nn: 'og', en: 'and' };

/** «a, b og c» (nb/nn) or «a, b and c» (en, British: no comma before «and»). */
export function formatList(locale: Locale, items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${AND[locale]} ${items.at(-1)!}`;
}

const QUOTES: Record<Locale, [string, string]> = { nb: ['«', '»'], nn: ['«', '»'], en: ['“', '”'] };

/**
 * «A», «B» og «C»: names that may hold «og» themselves («Ansatte og kompetanse») stay readable
 * as one item each.
 */
export function quotedList(locale: Locale, items: string[]): string {
  const [open, close] = QUOTES[locale];
  return formatList(
    locale,
    items.map((item) => `${open}${item}${close}`),
  );
}

/** Lower-cases a title inside a sentence, but leaves acronyms (NAV) alone. */
export function inSentence(title: string): string {
  return /^\p{Lu}\p{Ll}/u.test(title) ? title[0]!.toLocaleLowerCase() + title.slice(1) : title;
}
