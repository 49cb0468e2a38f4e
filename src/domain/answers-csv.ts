import type { Assessment } from './assessment-schema';
import { DONT_KNOW, scoredQuestions, type Catalogue } from './catalogue-schema';
import type { Locale } from './locales';
import { REFERENCE_IDS, type ReferenceId } from './references';
import { SCORING_VERSION, scoreAssessment } from './scoring';

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

/** A number with one decimal, with the decimal mark a spreadsheet in that language reads. */
export function csvDecimal(value: number, separator: CsvSeparator): string {
  const text = value.toFixed(1);
  return separator === ';' ? text.replace('.', ',') : text;
}

/** One assessment as a row: who and when, then the answers. */
export type ResultsCsvRow = {
  /** Cells before the metadata (e.g. a workshop's participant name), one per `leadingHeaders`. */
  leading?: readonly string[];
  municipality: string;
  role: string;
  /** YYYY-MM-DD, which every spreadsheet reads as a date. */
  date: string;
  assessment: Pick<Assessment, 'answers' | 'comments'>;
};

export type ResultsCsvLabels = {
  leadingHeaders?: readonly string[];
  municipality: string;
  role: string;
  date: string;
  catalogue: string;
  scoring: string;
  x: string;
  y: string;
  /** Column header for a model's share, e.g. «Hybrid samarbeid (%)». */
  share: (model: string) => string;
  /** Column header for a dimension's leaning. */
  leaning: (dimension: string) => string;
  comment: (question: string) => string;
  dontKnow: string;
  names: Record<ReferenceId, string>;
};

/**
 * One row per assessment, for a spreadsheet next to last year's: metadata (municipality, role,
 * date, catalogue and scoring versions), the whole-percent share per model, the map point, each
 * dimension's leaning, the answer to every scored question in catalogue order («Vet ikke» named,
 * unanswered blank), then a comment column for each question anyone commented on. Every text cell
 * is guarded against formulas (quoteCell); numbers use the language's decimal mark. Starts with a
 * BOM so spreadsheet programs read æ, ø and å as UTF-8.
 */
export function resultsCsv(
  catalogue: Catalogue,
  rows: readonly ResultsCsvRow[],
  labels: ResultsCsvLabels,
  locale: Locale,
): string {
  const separator = csvSeparator(locale);
  const questions = scoredQuestions(catalogue);
  const commented = questions.filter((q) =>
    rows.some((r) => (r.assessment.comments[q.id] ?? '').trim() !== ''),
  );
  const header = [
    ...(labels.leadingHeaders ?? []),
    labels.municipality,
    labels.role,
    labels.date,
    labels.catalogue,
    labels.scoring,
    ...REFERENCE_IDS.map((id) => labels.share(labels.names[id])),
    labels.x,
    labels.y,
    ...catalogue.dimensions.map((d) => labels.leaning(d.title[locale])),
    ...questions.map((q) => q.text[locale]),
    ...commented.map((q) => labels.comment(q.text[locale])),
  ];
  const body = rows.map((row) => {
    const result = scoreAssessment(catalogue, row.assessment.answers);
    const answers = row.assessment.answers;
    return [
      ...(row.leading ?? []),
      row.municipality,
      row.role,
      row.date,
      catalogue.version,
      SCORING_VERSION,
      ...REFERENCE_IDS.map((id) => (result ? String(result.percent[id]) : '')),
      result ? csvDecimal(result.point.x, separator) : '',
      result ? csvDecimal(result.point.y, separator) : '',
      ...catalogue.dimensions.map((d) => {
        const leaning = result?.dimensions.find((x) => x.dimension === d.id)?.leaning;
        return leaning ? labels.names[leaning] : '';
      }),
      ...questions.map((q) => {
        const chosen = answers[q.id];
        if (chosen === undefined) return '';
        if (chosen === DONT_KNOW) return labels.dontKnow;
        return q.options.find((o) => o.id === chosen)?.label[locale] ?? chosen;
      }),
      ...commented.map((q) => row.assessment.comments[q.id] ?? ''),
    ];
  });
  return '\uFEFF' + toCsv([header, ...body], separator);
}
