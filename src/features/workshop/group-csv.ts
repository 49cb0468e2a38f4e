import { resultsCsv, type ResultsCsvLabels } from '../../domain/answers-csv';
import type { Catalogue } from '../../domain/catalogue-schema';
import type { Locale } from '../../domain/locales';
import { narrativeContextOf } from '../../domain/narrative';
import type { Participant } from '../../domain/workshop-schema';

export type GroupCsvLabels = ResultsCsvLabels & {
  name: (p: Participant) => string;
  /** The role to print, or the «hidden» text when it would point to one person. */
  roleName: (p: Participant) => string;
  yes: string;
  no: string;
};

/**
 * One row per participant, with the same columns as a single assessment's CSV (resultsCsv),
 * after the participant's name and whether the facilitator hid them. The date is when the
 * participant was added.
 */
export function groupCsv(
  catalogue: Catalogue,
  participants: readonly Participant[],
  labels: GroupCsvLabels,
  locale: Locale,
): string {
  return resultsCsv(
    catalogue,
    participants.map((p) => ({
      leading: [labels.name(p), p.hidden ? labels.yes : labels.no],
      municipality: narrativeContextOf(p.assessment, catalogue).municipality ?? '',
      role: labels.roleName(p),
      date: p.addedAt.slice(0, 10),
      assessment: p.assessment,
    })),
    labels,
    locale,
  );
}
