import { useMemo } from 'react';
import type { Assessment } from '../../domain/assessment-schema';
import { CATALOGUE } from '../../domain/catalogue';
import { contextQuestionFor, type Catalogue } from '../../domain/catalogue-schema';
import type { Locale } from '../../domain/locales';
import { narrativeContextOf } from '../../domain/narrative';
import { REFERENCES, type ReferenceId } from '../../domain/references';
import { scoreAssessment, type ScoreResult } from '../../domain/scoring';
import type { MessageKey, Messages } from '../../i18n/messages';
import type { MessageVars } from '../../i18n/translate';
import { formatDate } from '../../i18n/format';
import { useLocale, useT } from '../../i18n/use-t';
import { slug } from '../../domain/slug';
import type { Variant } from '../../store/persisted-state';
import {
  selectDesiredAssessment,
  selectEditing,
  selectTodayAssessment,
  useAssessmentStore,
} from '../../store/assessment-store';

export type T = (key: MessageKey, vars?: MessageVars) => string;

/** Everything an export needs, read once from the store and the user's language. */
export type ExportContext = {
  t: T;
  locale: Locale;
  catalogue: Catalogue;
  /** Today: what the report, the CSV and share links are about. */
  assessment: Assessment;
  desired: Assessment | null;
  result: ScoreResult | null;
  desiredResult: ScoreResult | null;
  /** What the results page shows, and so its charts: today, or the desired state being edited. */
  shown: { variant: Variant; result: ScoreResult | null };
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
  shownVariant: Variant = 'today',
  catalogue: Catalogue = CATALOGUE,
  now = new Date(),
): ExportContext {
  const result = scoreAssessment(catalogue, assessment.answers);
  const desiredResult = desired ? scoreAssessment(catalogue, desired.answers) : null;
  const variant = shownVariant === 'desired' && desired ? 'desired' : 'today';
  return {
    t,
    locale,
    catalogue,
    assessment,
    desired,
    result,
    desiredResult,
    shown: { variant, result: variant === 'desired' ? desiredResult : result },
    municipality: narrativeContextOf(assessment, catalogue).municipality ?? null,
    role: roleOf(assessment, catalogue, locale),
    date: formatDate(locale, now),
    isoDate: now.toISOString().slice(0, 10),
    names: Object.fromEntries(REFERENCES.map((r) => [r.id, r.name[locale]])) as Record<
      ReferenceId,
      string
    >,
  };
}

/** The respondent's role, read from the catalogue's respondent-role question. */
function roleOf(assessment: Assessment, catalogue: Catalogue, locale: Locale): string | null {
  const q = contextQuestionFor(catalogue, 'respondent-role');
  if (q) {
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

/** The export context of today's assessment, and of what the results page shows. */
export function useExportContext(): ExportContext {
  const t = useT();
  const locale = useLocale();
  const assessment = useAssessmentStore(selectTodayAssessment);
  const desired = useAssessmentStore(selectDesiredAssessment);
  const editing = useAssessmentStore(selectEditing);
  return useMemo(
    () => makeExportContext(t, locale, assessment, desired, editing),
    [t, locale, assessment, desired, editing],
  );
}

export type FilePart = keyof Messages['exporting']['files']['parts'];

/**
 * «modellkart-<municipality>-<part>[-<detail>]-<date>.<ext>», in the user's language. A chart
 * that shows the desired state says so in its name, so it is not taken for today's.
 */
export function fileName(
  ctx: ExportContext,
  part: FilePart,
  ext: string,
  options: { detail?: string; desired?: boolean } = {},
): string {
  const parts = [
    ctx.t('exporting.files.base'),
    slug(ctx.municipality ?? '', 40),
    ctx.t(`exporting.files.parts.${part}`),
    options.desired ? ctx.t('exporting.files.parts.desired') : '',
    options.detail ?? '',
    ctx.isoDate,
  ];
  return parts.filter(Boolean).join('-') + `.${ext}`;
}
