import { useMemo } from 'react';
import type { Assessment } from '../../domain/assessment-schema';
import { CATALOGUE } from '../../domain/catalogue';
import { contextQuestions, type Catalogue } from '../../domain/catalogue-schema';
import type { Locale } from '../../domain/locales';
import { narrativeContextOf } from '../../domain/narrative';
import { REFERENCES, type ReferenceId } from '../../domain/references';
import { scoreAssessment, type ScoreResult } from '../../domain/scoring';
import type { MessageKey } from '../../i18n/messages';
import type { MessageVars } from '../../i18n/translate';
import { formatDate } from '../../i18n/format';
import { useLocale, useT } from '../../i18n/use-t';
import {
  selectDesiredAssessment,
  selectEditedAssessment,
  useAssessmentStore,
} from '../../store/assessment-store';

export type T = (key: MessageKey, vars?: MessageVars) => string;

/** Everything an export needs, read once from the store and the user's language. */
export type ExportContext = {
  t: T;
  locale: Locale;
  catalogue: Catalogue;
  assessment: Assessment;
  desired: Assessment | null;
  result: ScoreResult | null;
  desiredResult: ScoreResult | null;
  municipality: string | null;
  role: string | null;
  /** Today, in the user's language. */
  date: string;
  /** YYYY-MM-DD for file names. */
  isoDate: string;
  names: Record<ReferenceId, string>;
};

export function makeExportContext(
  t: T,
  locale: Locale,
  assessment: Assessment,
  desired: Assessment | null = null,
  catalogue: Catalogue = CATALOGUE,
  now = new Date(),
): ExportContext {
  return {
    t,
    locale,
    catalogue,
    assessment,
    desired,
    result: scoreAssessment(catalogue, assessment.answers),
    desiredResult: desired ? scoreAssessment(catalogue, desired.answers) : null,
    municipality: narrativeContextOf(assessment.context, catalogue).municipality ?? null,
    role: roleOf(assessment, catalogue, locale),
    date: formatDate(locale, now),
    isoDate: now.toISOString().slice(0, 10),
    names: Object.fromEntries(REFERENCES.map((r) => [r.id, r.name[locale]])) as Record<
      ReferenceId,
      string
    >,
  };
}

/** The respondent's role, read from whichever context question is about it. */
function roleOf(assessment: Assessment, catalogue: Catalogue, locale: Locale): string | null {
  for (const q of contextQuestions(catalogue)) {
    if (!/rolle|role/.test(q.id)) continue;
    const value = assessment.context[q.id];
    if (typeof value === 'string' && value.trim()) {
      return q.input === 'text'
        ? value.trim()
        : (q.options.find((o) => o.id === value)?.label[locale] ?? null);
    }
    if (Array.isArray(value) && value.length > 0) {
      return q.options
        .filter((o) => value.includes(o.id))
        .map((o) => o.label[locale])
        .join(', ');
    }
  }
  return null;
}

/** The export context of the assessment being edited (the one the results page shows). */
export function useExportContext(): ExportContext {
  const t = useT();
  const locale = useLocale();
  const assessment = useAssessmentStore(selectEditedAssessment);
  const desired = useAssessmentStore(selectDesiredAssessment);
  return useMemo(
    () => makeExportContext(t, locale, assessment, desired),
    [t, locale, assessment, desired],
  );
}

export function fileName(ctx: ExportContext, part: string, ext: string): string {
  const place = (ctx.municipality ?? '')
    .toLocaleLowerCase('nb')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return (
    [ctx.t('exporting.files.base'), place, part, ctx.isoDate].filter(Boolean).join('-') + `.${ext}`
  );
}
