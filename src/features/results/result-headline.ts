import type { Locale } from '../../domain/locales';
import { certaintyLevel, type CertaintyLevel, type ScoreResult } from '../../domain/scoring';
import { referenceById } from '../../domain/references';
import { formatPercent } from '../../i18n/format';
import type { MessageKey } from '../../i18n/messages';
import { pluralKey, type MessageVars } from '../../i18n/translate';

type Translate = (key: MessageKey, vars?: MessageVars) => string;

/** The texts at the top of a result, under its heading. */
export type ResultHeadline = {
  /** The model with the largest share, as in the heading, the report and the files. */
  modelName: string;
  /** «Hybrid samarbeid har 34 % av modellblandingen. Resten …» */
  lead: string;
  certainty: {
    level: CertaintyLevel;
    /** The tag's Designsystemet colour. */
    color: 'success' | 'info' | 'warning';
    label: string;
    /** «24 av 29 spørsmål har et svar som teller med. 3 er besvart med «Vet ikke». …» */
    detail: string;
  };
};

const CERTAINTY_COLOR = { high: 'success', medium: 'info', low: 'warning' } as const;

/**
 * One definition of these texts for the results page and for a shared result's first paint,
 * drawn before the app has loaded (src/share-first-paint.ts): both must say the same.
 */
export function resultHeadline(result: ScoreResult, locale: Locale, t: Translate): ResultHeadline {
  const closest = result.ranking[0]!;
  const modelName = referenceById(closest).name[locale];
  const share = result.percent[closest];
  const level = certaintyLevel(result.certainty);
  const { answered, total, dontKnow, unanswered } = result.certainty;
  const detail = [
    t('results.certainty.answered', { answered, total }),
    dontKnow > 0 &&
      t(pluralKey(locale, 'results.certainty.dontKnow', dontKnow), { count: dontKnow }),
    unanswered > 0 &&
      t(pluralKey(locale, 'results.certainty.open', unanswered), { count: unanswered }),
    level === 'low' && t('results.certainty.lowHint'),
  ]
    .filter(Boolean)
    .join(' ');
  return {
    modelName,
    // A share that rounds to 100 % leaves no rest to speak of.
    lead: t(Math.round(share) >= 100 ? 'results.leadWhole' : 'results.lead', {
      share: formatPercent(locale, share / 100),
      model: modelName,
    }),
    certainty: {
      level,
      color: CERTAINTY_COLOR[level],
      label: t(`results.certainty.${level}`),
      detail,
    },
  };
}
