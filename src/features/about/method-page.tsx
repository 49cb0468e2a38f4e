import { REFERENCES, referenceById } from '../../domain/references';
import { SOURCED_CLAIMS, SOURCES, type SourceId } from '../../domain/sourced-claims';
import type { ReactNode } from 'react';
import { useLocalized, useT } from '../../i18n/use-t';
import './method-messages';

const SOURCE_IDS = Object.keys(SOURCES) as SourceId[];

/**
 * «Metode og kilder»: the models and our own baseline, how answers become a mix and a point, what
 * «Vet ikke» does, when the PAC-man warning shows, what is our interpretation, and every source
 * with the claims the tool takes from it (the same list the messages are checked against).
 */
export default function MethodPage() {
  const t = useT();
  const local = useLocalized();
  const baseline = local(referenceById('ingen').name);

  return (
    <article className="mk-stack mk-stack--lg mk-prose">
      <div className="mk-stack">
        <h1 className="ds-heading" data-size="lg">
          {t('method.title')}
        </h1>
        <p className="ds-paragraph" data-size="lg">
          {t('method.intro')}
        </p>
      </div>

      <MethodSection id="method-models" title={t('method.modelsTitle')}>
        <p className="ds-paragraph">{t('method.models')}</p>
        <dl className="mk-stack">
          {REFERENCES.filter((r) => r.id !== 'ingen').map((r) => (
            <div key={r.id}>
              <dt className="ds-paragraph">
                <strong>{local(r.name)}</strong>
              </dt>
              <dd className="ds-paragraph">
                {local(r.summary)}
                {r.warned && ` ${t('method.warned')}`}
              </dd>
            </div>
          ))}
        </dl>
        <p className="ds-paragraph">{t('method.mixed')}</p>
      </MethodSection>

      <MethodSection id="method-baseline" title={t('method.baselineTitle', { model: baseline })}>
        <p className="ds-paragraph">{t('method.baseline', { model: baseline })}</p>
      </MethodSection>

      <MethodSection id="method-scoring" title={t('method.scoringTitle')}>
        <p className="ds-paragraph">{t('method.scoring.profiles', { baseline })}</p>
        <p className="ds-paragraph">{t('method.scoring.mix')}</p>
        <p className="ds-paragraph">{t('method.scoring.map')}</p>
        <p className="ds-paragraph">{t('method.scoring.dimensions')}</p>
        <p className="ds-paragraph">{t('method.scoring.context')}</p>
      </MethodSection>

      <MethodSection id="method-dont-know" title={t('method.dontKnowTitle')}>
        <p className="ds-paragraph">{t('method.dontKnow')}</p>
      </MethodSection>

      <MethodSection id="method-warning" title={t('method.warningTitle')}>
        <p className="ds-paragraph">{t('method.warning')}</p>
        <p className="ds-paragraph">{t('method.warningNotPacman')}</p>
      </MethodSection>

      <MethodSection id="method-texts" title={t('method.textsTitle')}>
        <p className="ds-paragraph">{t('method.texts')}</p>
      </MethodSection>

      <MethodSection id="method-own" title={t('method.ownTitle')}>
        <p className="ds-paragraph">{t('method.own.intro')}</p>
        <ul className="ds-list">
          <li>{t('method.own.baseline', { baseline })}</li>
          <li>{t('method.own.questions')}</li>
          <li>{t('method.own.profiles')}</li>
          <li>{t('method.own.map')}</li>
        </ul>
      </MethodSection>

      <MethodSection id="method-sources" title={t('method.sourcesTitle')}>
        <p className="ds-paragraph">{t('method.sourcesIntro')}</p>
        <ul className="ds-list mk-stack">
          {SOURCE_IDS.map((id) => {
            const source: { title: string; year?: number } = SOURCES[id];
            const claims = SOURCED_CLAIMS.filter((c) => c.source === id);
            return (
              <li key={id} className="mk-stack">
                <p className="ds-paragraph">
                  <cite>«{source.title}»</cite>
                  {source.year !== undefined && ` ${t('method.year', { year: source.year })}`}.{' '}
                  {t(`method.publishers.${id}`)}
                </p>
                {claims.length > 0 && (
                  <>
                    <p className="ds-paragraph" data-size="sm">
                      {t('method.uses')}
                    </p>
                    <ul className="ds-list" data-size="sm">
                      {claims.map((c) => (
                        <li key={c.id}>{local(c.claim)}</li>
                      ))}
                    </ul>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      </MethodSection>
    </article>
  );
}

/** One part of the page: a heading that names the section, and its text. */
function MethodSection({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section className="mk-stack" aria-labelledby={id}>
      <h2 id={id} className="ds-heading" data-size="sm">
        {title}
      </h2>
      {children}
    </section>
  );
}
