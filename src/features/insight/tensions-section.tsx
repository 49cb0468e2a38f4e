import { useMemo } from 'react';
import { Link } from 'wouter';
import { referenceById } from '../../domain/references';
import { findTensions } from '../../domain/tensions';
import type { MessageKey } from '../../i18n/messages';
import { useLocalized, useT } from '../../i18n/use-t';
import { questionById, useQuestionLink } from './insight-data';
import './insight-messages';
import './insight.css';
import { PageSection } from '../../ui/page-sections';
import { useInsightState } from './use-insight-state';

/** Combinations of answers that pull toward different models, with the project's reflection. */
export function TensionsSection() {
  const t = useT();
  const local = useLocalized();
  const { hydrated, edited } = useInsightState();
  const tensions = useMemo(() => findTensions(edited), [edited]);
  const questionLink = useQuestionLink();
  if (!hydrated) return null;
  const key = (id: string, part: 'title' | 'explanation' | 'reflection') =>
    `insight.tensions.rules.${id}.${part}` as MessageKey;

  return (
    <PageSection title={t('insight.tensions.title')} className="mk-insight" deferred>
      {tensions.length === 0 ? (
        <p className="ds-paragraph">{t('insight.tensions.none')}</p>
      ) : (
        <>
          <p className="ds-paragraph mk-insight__intro">{t('insight.tensions.intro')}</p>
          <ul className="mk-insight__cards">
            {tensions.map(({ rule, questions }) => (
              <li key={rule.id} className="ds-card mk-insight__card" data-variant="tinted">
                <h3 className="ds-heading" data-size="xs">
                  {t(key(rule.id, 'title'))}
                </h3>
                <p className="ds-paragraph">{t(key(rule.id, 'explanation'))}</p>
                <p className="ds-paragraph mk-muted" data-size="sm">
                  {t('insight.tensions.pullsBetween', {
                    first: local(referenceById(rule.pulls[0]).name),
                    second: local(referenceById(rule.pulls[1]).name),
                  })}
                </p>
                <blockquote className="mk-insight__reflection">
                  <p className="ds-paragraph">
                    <strong>{t('insight.tensions.reflection')}: </strong>
                    {t(key(rule.id, 'reflection'))}
                  </p>
                </blockquote>
                <p className="ds-paragraph" data-size="sm">
                  {t('insight.common.questionsLabel')}:{' '}
                  {questions.map((id, i) => {
                    const question = questionById(id);
                    if (!question) return null;
                    return (
                      <span key={id}>
                        {i > 0 && ', '}
                        <Link
                          {...questionLink(id, `mk-tension-${rule.id}-${id}`)}
                          className="ds-link"
                        >
                          {local(question.text)}
                        </Link>
                      </span>
                    );
                  })}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </PageSection>
  );
}
