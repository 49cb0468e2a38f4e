import { compileScorer } from '../../domain/aggregation';
import type { Catalogue } from '../../domain/catalogue-schema';
import { scoredQuestions } from '../../domain/catalogue-schema';
import { REFERENCE_IDS } from '../../domain/references';
import { toPercentages } from '../../domain/scoring';
import type { Participant } from '../../domain/workshop-schema';
import { csvSeparator, toCsv } from '../../domain/answers-csv';
import type { Locale } from '../../domain/locales';

export type CsvLabels = {
  participant: string;
  role: string;
  hidden: string;
  x: string;
  y: string;
  name: (p: Participant) => string;
  /** The role to print, or the «hidden» text when it would point to one person. */
  roleName: (p: Participant) => string;
  yes: string;
  no: string;
};

/**
 * One row per participant: name, role, hidden, point, whole-percent mix per model, then the chosen
 * option id of every scored question (blank when unanswered). Ids keep it machine-readable; the
 * separator and decimal mark are the ones a spreadsheet in the user's language expects.
 */
export function groupCsv(
  catalogue: Catalogue,
  participants: readonly Participant[],
  labels: CsvLabels,
  locale: Locale,
): string {
  const separator = csvSeparator(locale);
  const decimal = (n: number) =>
    separator === ';' ? n.toFixed(1).replace('.', ',') : n.toFixed(1);
  const score = compileScorer(catalogue);
  const questions = scoredQuestions(catalogue);
  const header = [
    labels.participant,
    labels.role,
    labels.hidden,
    labels.x,
    labels.y,
    ...REFERENCE_IDS.map((id) => `${id} %`),
    ...questions.map((q) => q.id),
  ];
  const rows = participants.map((p) => {
    const result = score(p.assessment.answers);
    const percent = result ? toPercentages(result.mix) : null;
    return [
      labels.name(p),
      labels.roleName(p),
      p.hidden ? labels.yes : labels.no,
      result ? decimal(result.point.x) : '',
      result ? decimal(result.point.y) : '',
      ...REFERENCE_IDS.map((id) => (percent ? String(percent[id]) : '')),
      ...questions.map((q) => p.assessment.answers[q.id] ?? ''),
    ];
  });
  // BOM so spreadsheet programs read æøå correctly.
  return `\uFEFF${toCsv([header, ...rows], separator)}`;
}
