import { useMemo } from 'react';
import { Link } from 'wouter';
import type { Assessment } from '../../domain/assessment-schema';
import { CATALOGUE } from '../../domain/catalogue';
import {
  DONT_KNOW,
  type ContextQuestion,
  type ScoredQuestion,
} from '../../domain/catalogue-schema';
import type { Locale } from '../../domain/locales';
import type { LocalizedText } from '../../domain/localized-text';
import { wizardSteps } from '../../domain/steps';
import { formatList } from '../../i18n/format';
import { useLocale, useLocalized, useT } from '../../i18n/use-t';
import {
  selectEditedAssessment,
  useAssessmentHydrated,
  useAssessmentStore,
} from '../../store/assessment-store';
import { RestartButton } from '../../ui/restart-button';
import { paths } from '../../ui/paths';
import { type NavigationState } from '../../ui/focus-target';
import { openAtQuestion } from '../../ui/wizard-links';
import { VariantNotice } from '../../ui/variant-notice';
import { stepText } from './step-text';
import './wizard-messages';
import './wizard.css';

/** /oppsummering — every answer on one page, with a way back to each question. */
export default function ReviewPage() {
  const t = useT();
  const hydrated = useAssessmentHydrated();
  if (!hydrated) {
    return (
      <p className="ds-paragraph" role="status">
        {t('wizard.loading')}
      </p>
    );
  }
  return <Review />;
}

function Review() {
  const t = useT();
  const local = useLocalized();
  const locale = useLocale();
  const assessment = useAssessmentStore(selectEditedAssessment);
  const steps = useMemo(() => wizardSteps(CATALOGUE), []);

  const gaps = steps
    .map((step, index) => ({
      index,
      title: local(stepText(CATALOGUE, step).title),
      count:
        step.kind === 'dimension'
          ? step.questions.filter((q) => assessment.answers[q.id] === undefined).length
          : 0,
    }))
    .filter((gap) => gap.count > 0);
  const unanswered = gaps.reduce((sum, gap) => sum + gap.count, 0);

  const resultsLink = (
    <Link href={paths.results} className="ds-button" data-variant="primary">
      {t('wizard.review.results')}
    </Link>
  );

  return (
    <div className="mk-stack mk-stack--lg mk-review">
      <div className="mk-stack">
        <h1 tabIndex={-1} className="ds-heading" data-size="lg">
          {t('wizard.review.title')}
        </h1>
        <VariantNotice />
        <p className="ds-paragraph" data-size="lg">
          {t('wizard.review.lead')}
        </p>
      </div>

      {unanswered > 0 ? (
        <div className="ds-alert mk-stack" data-color="warning">
          <h2 className="ds-heading" data-size="xs">
            {unanswered === 1
              ? t('wizard.review.unansweredOne')
              : t('wizard.review.unansweredMany', { count: unanswered })}
          </h2>
          <p className="ds-paragraph">{t('wizard.review.unansweredBody')}</p>
          <ul className="ds-list">
            {gaps.map((gap) => (
              <li key={gap.index}>
                <Link href={paths.wizardStep(gap.index)} className="ds-link">
                  {t('wizard.review.unansweredStep', { title: gap.title, count: gap.count })}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="ds-paragraph">{t('wizard.review.allAnswered')}</p>
      )}

      <div className="mk-row">{resultsLink}</div>

      {steps.map((step, index) => {
        const headingId = `oppsummering-steg-${index + 1}`;
        return (
          <section key={index} className="mk-stack" aria-labelledby={headingId}>
            <h2 id={headingId} className="ds-heading" data-size="sm">
              {index + 1}. {local(stepText(CATALOGUE, step).title)}
            </h2>
            <dl className="mk-review-list">
              {(step.questions as (ScoredQuestion | ContextQuestion)[]).map((q) => {
                const answer = answerText(q, assessment, {
                  local,
                  locale,
                  dontKnow: t('wizard.review.dontKnow'),
                });
                const comment = q.kind === 'scored' ? assessment.comments[q.id] : undefined;
                return (
                  <div key={q.id} className="mk-review-item">
                    <dt className="mk-review-item__question">{local(q.text)}</dt>
                    <dd
                      className="mk-review-item__answer"
                      data-missing={(answer === undefined && q.kind === 'scored') || undefined}
                    >
                      {answer ??
                        (q.kind === 'scored'
                          ? t('wizard.review.notAnswered')
                          : t('wizard.review.notFilled'))}
                    </dd>
                    {comment && (
                      <dd className="mk-review-item__comment">
                        <span className="mk-review-item__label">{t('wizard.review.comment')}:</span>{' '}
                        {comment}
                      </dd>
                    )}
                    <dd className="mk-review-item__edit">
                      <Link
                        href={paths.wizardStep(index)}
                        state={{ focus: openAtQuestion(q.id) } satisfies NavigationState}
                        className="ds-link"
                      >
                        {t('wizard.review.edit')}
                        <span className="mk-sr-only">
                          {' '}
                          {t('wizard.review.editAbout', { question: local(q.text) })}
                        </span>
                      </Link>
                    </dd>
                  </div>
                );
              })}
            </dl>
          </section>
        );
      })}

      <div className="mk-row">
        {resultsLink}
        <Link
          href={paths.wizardStep(steps.length - 1)}
          className="ds-button"
          data-variant="secondary"
        >
          {t('wizard.review.backToWizard')}
        </Link>
        <RestartButton />
      </div>
    </div>
  );
}

/** The chosen answer in words, or undefined when there is none. */
function answerText(
  q: ScoredQuestion | ContextQuestion,
  assessment: Assessment,
  words: { local: (text: LocalizedText) => string; locale: Locale; dontKnow: string },
): string | undefined {
  const { local, locale } = words;
  const label = (id: string) => {
    const option = q.options.find((o) => o.id === id);
    return option ? local(option.label) : id;
  };
  if (q.kind === 'scored') {
    const answer = assessment.answers[q.id];
    if (answer === undefined) return undefined;
    return answer === DONT_KNOW ? words.dontKnow : label(answer);
  }
  const value = assessment.context[q.id];
  if (value === undefined || value.length === 0) return undefined;
  if (typeof value === 'string') return q.input === 'text' ? value : label(value);
  return formatList(locale, value.map(label));
}
