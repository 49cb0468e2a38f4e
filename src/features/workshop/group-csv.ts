import { compileScorer } from '../../domain/aggregation';
import type { Catalogue } from '../../domain/catalogue-schema';
import { scoredQuestions } from '../../domain/catalogue-schema';
import { REFERENCE_IDS } from '../../domain/references';
import { toPercentages } from '../../domain/scoring';
import type { Participant } from '../../domain/workshop-schema';

export type CsvLabels = {
  participant: string;
  role: string;
  hidden: string;
  x: string;
  y: string;
  name: (p: Participant) => string;
  roleName: (role: string | null) => string;
  yes: string;
  no: string;
};

function cell(value: string | number): string {
  const text = String(value);
  // Quote when needed; a leading = + - @ is neutralised so spreadsheets never run it as a formula.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * One row per participant: name, role, hidden, point, whole-percent mix per model, then the chosen
 * option id of every scored question (blank when unanswered). Ids keep it machine-readable.
 */
export function groupCsv(
  catalogue: Catalogue,
  participants: readonly Participant[],
  labels: CsvLabels,
): string {
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
      labels.roleName(p.role),
      p.hidden ? labels.yes : labels.no,
      result ? result.point.x.toFixed(1) : '',
      result ? result.point.y.toFixed(1) : '',
      ...REFERENCE_IDS.map((id) => (percent ? percent[id] : '')),
      ...questions.map((q) => p.assessment.answers[q.id] ?? ''),
    ];
  });
  // BOM so spreadsheet programs read æøå correctly.
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
