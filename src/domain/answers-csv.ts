import type { Assessment } from './assessment-schema';
import { DONT_KNOW, scoredQuestions, type Catalogue } from './catalogue-schema';
import type { Locale } from './locales';

export type CsvLabels = {
  dimension: string;
  question: string;
  answer: string;
  comment: string;
  dontKnow: string;
  unanswered: string;
};

/**
 * A spreadsheet cell that starts with = + - @ (or a tab/CR) could run as a formula when opened;
 * a leading apostrophe makes it plain text (OWASP "CSV injection").
 */
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export type CsvSeparator = ',' | ';';

/**
 * The separator a spreadsheet program opening the file expects in the user's language: Excel set
 * to Norwegian splits on semicolons (the comma is the decimal mark there), English on commas.
 */
export function csvSeparator(locale: Locale): CsvSeparator {
  return locale === 'en' ? ',' : ';';
}

/** RFC 4180: quote when needed, double the quotes inside. */
export function quoteCell(value: string, separator: CsvSeparator = ','): string {
  const safe = safeCell(value);
  return /["\r\n]/.test(safe) || safe.includes(separator) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly string[])[], separator: CsvSeparator = ','): string {
  return (
    rows.map((row) => row.map((cell) => quoteCell(cell, separator)).join(separator)).join('\r\n') +
    '\r\n'
  );
}

/**
 * One row per scored question, in catalogue order, in the user's language and with its separator.
 * Starts with a BOM so spreadsheet programs read æ, ø and å as UTF-8.
 */
export function answersCsv(
  catalogue: Catalogue,
  assessment: Assessment,
  locale: Locale,
  labels: CsvLabels,
): string {
  const dimensions = new Map(catalogue.dimensions.map((d) => [d.id, d.title[locale]]));
  const rows = scoredQuestions(catalogue).map((q) => {
    const chosen = assessment.answers[q.id];
    const answer =
      chosen === undefined
        ? labels.unanswered
        : chosen === DONT_KNOW
          ? labels.dontKnow
          : (q.options.find((o) => o.id === chosen)?.label[locale] ?? chosen);
    return [
      dimensions.get(q.dimension) ?? q.dimension,
      q.text[locale],
      answer,
      assessment.comments[q.id] ?? '',
    ];
  });
  return (
    '\uFEFF' +
    toCsv(
      [[labels.dimension, labels.question, labels.answer, labels.comment], ...rows],
      csvSeparator(locale),
    )
  );
}
