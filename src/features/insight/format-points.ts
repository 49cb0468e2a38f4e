import type { Locale } from '../../domain/locales';
import { formatNumber } from '../../i18n/format';

/** A share (0–1) as percentage points; small ones keep a decimal so they do not read as 0. */
export function pointsOf(locale: Locale, share: number): string {
  const points = share * 100;
  return formatNumber(locale, points, points < 9.95 ? 1 : 0, true);
}

/** A map coordinate, whole numbers. */
export function coordinate(locale: Locale, value: number): string {
  return formatNumber(locale, value, 0);
}
