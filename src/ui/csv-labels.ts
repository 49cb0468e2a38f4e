import type { ResultsCsvLabels } from '../domain/answers-csv';
import type { ReferenceId } from '../domain/references';
import type { MessageKey } from '../i18n/messages';
import type { MessageVars } from '../i18n/translate';

type T = (key: MessageKey, vars?: MessageVars) => string;

/** The column headers of a results CSV in the user's language (office.csv messages). */
export function resultsCsvLabels(t: T, names: Record<ReferenceId, string>): ResultsCsvLabels {
  return {
    municipality: t('office.csv.municipality'),
    role: t('office.csv.role'),
    date: t('office.csv.date'),
    catalogue: t('office.csv.catalogue'),
    scoring: t('office.csv.scoring'),
    x: t('office.csv.x'),
    y: t('office.csv.y'),
    share: (model) => t('office.csv.share', { model }),
    leaning: (dimension) => t('office.csv.leaning', { dimension }),
    comment: (question) => t('office.csv.comment', { question }),
    dontKnow: t('office.csv.dontKnow'),
    names,
  };
}
