import { useId, useMemo } from 'react';
import { factsOf } from '../../domain/answer-facts';
import { CATALOGUE } from '../../domain/catalogue';
import { nextSteps } from '../../domain/next-steps';
import { referenceById } from '../../domain/references';
import { scoreAssessment } from '../../domain/scoring';
import type { MessageKey } from '../../i18n/messages';
import { useLocalized, useT } from '../../i18n/use-t';
import './insight-messages';
import './insight.css';
import { useInsightState } from './use-insight-state';

/** Steps from the project's report for the dimensions furthest from the closest model. */
export function NextStepsSection() {
  const t = useT();
  const local = useLocalized();
  const headingId = useId();
  const { hydrated, edited } = useInsightState();
  const result = useMemo(() => scoreAssessment(CATALOGUE, edited.answers), [edited.answers]);
  const plan = useMemo(
    () =>
      result ? nextSteps(result, factsOf(edited, CATALOGUE), undefined, edited.answers) : null,
    [result, edited],
  );
  if (!hydrated || !result || !plan) return null;
  const model = local(referenceById(plan.target).name);
  const title = (id: string) => local(CATALOGUE.dimensions.find((d) => d.id === id)!.title);

  return (
    <section className="mk-insight mk-stack" aria-labelledby={headingId}>
      <h2 id={headingId} className="ds-heading" data-size="md">
        {t('insight.nextSteps.title')}
      </h2>
      {plan.steps.length === 0 ? (
        <p className="ds-paragraph">{t('insight.nextSteps.none', { model })}</p>
      ) : (
        <>
          <p className="ds-paragraph mk-insight__intro">
            {t(`insight.nextSteps.${plan.lead}`, { model })}
          </p>
          <ol className="ds-list">
            {plan.steps.map((step) => (
              <li key={step.action} className="ds-paragraph">
                {t(`insight.actions.${step.action}` as MessageKey)}{' '}
                <span className="mk-muted">
                  ({t('insight.nextSteps.dimension', { dimension: title(step.dimension) })})
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
