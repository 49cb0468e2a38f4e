import type { Locale } from '../domain/locales';

const TAGS: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

export function intlTag(locale: Locale): string {
  return TAGS[locale];
}

// Making an Intl.NumberFormat costs far more than using one: a results page formats hundreds of
// numbers, so each format is made once.
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(
  locale: Locale,
  percent: boolean,
  digits: number,
  fixed = false,
): Intl.NumberFormat {
  const key = `${locale}|${percent}|${digits}|${fixed}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(
      TAGS[locale],
      percent
        ? { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: digits }
        : { maximumFractionDigits: digits, minimumFractionDigits: fixed ? digits : 0 },
    );
    numberFormats.set(key, format);
  }
  return format;
}

/** 0.58 → "58 %" (nb/nn) or "58%" (en). */
export function formatPercent(locale: Locale, share: number, digits = 0): string {
  return numberFormat(locale, true, digits).format(share);
}

/** With fixed, always that many decimals («1.0», not «1», so «1.0 percentage points» agrees). */
export function formatNumber(locale: Locale, value: number, digits = 0, fixed = false): string {
  return numberFormat(locale, false, digits, fixed).format(value);
}

export function formatDate(locale: Locale, iso: string | Date): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  return new Intl.DateTimeFormat(TAGS[locale], { dateStyle: 'long' }).format(date);
}

const QUOTES: Record<Locale, [string, string]> = { nb: ['«', '»'], nn: ['«', '»'], en: ['“', '”'] };

/**
 * «A», «B» og «C»: names that may hold «og» themselves («Ansatte og kompetanse») stay readable
 * as one item each.
 */
export function quotedList(locale: Locale, items: string[]): string {
  const [open, close] = QUOTES[locale];
  return new Intl.ListFormat(TAGS[locale], { type: 'conjunction' }).format(
    items.map((item) => `${open}${item}${close}`),
  );
}
