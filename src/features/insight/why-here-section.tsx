import { useMemo } from 'react';
import { Link } from 'wouter';
import { CATALOGUE } from '../../domain/catalogue';
import { referenceById } from '../../domain/references';
import { scoreAssessment } from '../../domain/scoring';
import { whyHere } from '../../domain/why-here';
import { formatPercent } from '../../i18n/format';
import { useLocale, useLocalized, useT } from '../../i18n/use-t';
import { pointsOf } from './format-points';
import { optionLabel, questionById, useQuestionLink } from './insight-data';
import './insight-messages';
import './insight.css';
import { PageSection } from '../../ui/page-sections';
import { useInsightState } from './use-insight-state';

const PULLS_PER_MODEL = 3;

/** «Hvorfor her?»: per model, the answers that pull the point most toward it, with links back. */
export function WhyHereSection() {
  const t = useT();
  const locale = useLocale();
  const local = useLocalized();
  const { hydrated, edited } = useInsightState();
  const result = useMemo(() => scoreAssessment(CATALOGUE, edited.answers), [edited.answers]);
  const models = useMemo(
    () => (result ? whyHere(result.contributions, PULLS_PER_MODEL) : []),
    [result],
  );
  const questionLink = useQuestionLink();
  if (!hydrated || !result) return null;
  // Ids that stay the same when the page is shown again, for the way back from the wizard.
  const linkId = (reference: string, questionId: string) => `mk-why-${reference}-${questionId}`;
  const modelId = (reference: string) => `mk-why-${reference}`;

  return (
    <PageSection title={t('insight.whyHere.title')} className="mk-insight" deferred>
      <p className="ds-paragraph mk-insight__intro">{t('insight.whyHere.intro')}</p>
      <div className="mk-insight__models">
        {models.map((model) => (
          <div key={model.reference} className="mk-insight__model mk-stack">
            <h3 id={modelId(model.reference)} tabIndex={-1} className="ds-heading" data-size="xs">
              {t('insight.whyHere.model', {
                model: local(referenceById(model.reference).name),
                share: formatPercent(locale, result.percent[model.reference] / 100),
              })}
            </h3>
            <ol className="ds-list mk-insight__pulls">
              {model.pulls.map((pull) => {
                const question = questionById(pull.questionId);
                const label = optionLabel(pull.questionId, pull.optionId);
                if (!question) return null;
                return (
                  <li key={pull.questionId} className="mk-insight__pull">
                    <span className="mk-insight__pull-text">
                      <span className="mk-insight__question">{local(question.text)}</span>{' '}
                      <span className="mk-muted">
                        {t('insight.whyHere.answer', { answer: label ? local(label) : '' })}
                      </span>
                    </span>
                    <span className="mk-insight__size">
                      <span className="mk-insight__bar" aria-hidden="true">
                        <span style={{ width: `${Math.min(100, pull.size * 100 * 2)}%` }} />
                      </span>
                      {t('insight.common.points', { points: pointsOf(locale, pull.size) })}
                    </span>
                    <Link
                      // «Tilbake til resultatet» in the wizard comes back to this link; if a
                      // changed answer took it away, to the same question under another model,
                      // else to this model's heading.
                      {...questionLink(pull.questionId, linkId(model.reference, pull.questionId), [
                        ...models
                          .filter((other) => other.reference !== model.reference)
                          .map((other) => linkId(other.reference, pull.questionId)),
                        modelId(model.reference),
                      ])}
                      className="ds-link mk-no-print"
                      aria-label={t('insight.whyHere.editLabel', {
                        question: local(question.text),
                      })}
                    >
                      {t('insight.whyHere.edit')}
                    </Link>
                  </li>
                );
              })}
            </ol>
            {model.pullCount > model.pulls.length && (
              <p className="ds-paragraph mk-muted" data-size="sm">
                {t('insight.whyHere.more', { count: model.pullCount - model.pulls.length })}
              </p>
            )}
          </div>
        ))}
      </div>
    </PageSection>
  );
}
