import { REFERENCES, referenceById } from '../../domain/references';
import { SOURCED_CLAIMS, SOURCES, type SourceId } from '../../domain/sourced-claims';
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

      <section className="mk-stack" aria-labelledby="method-models">
        <h2 id="method-models" className="ds-heading" data-size="sm">
          {t('method.modelsTitle')}
        </h2>
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
      </section>

      <section className="mk-stack" aria-labelledby="method-baseline">
        <h2 id="method-baseline" className="ds-heading" data-size="sm">
          {t('method.baselineTitle', { model: baseline })}
        </h2>
        <p className="ds-paragraph">{t('method.baseline', { model: baseline })}</p>
      </section>

      <section className="mk-stack" aria-labelledby="method-scoring">
        <h2 id="method-scoring" className="ds-heading" data-size="sm">
          {t('method.scoringTitle')}
        </h2>
        <p className="ds-paragraph">{t('method.scoring.profiles', { baseline })}</p>
        <p className="ds-paragraph">{t('method.scoring.mix')}</p>
        <p className="ds-paragraph">{t('method.scoring.map')}</p>
        <p className="ds-paragraph">{t('method.scoring.dimensions')}</p>
        <p className="ds-paragraph">{t('method.scoring.context')}</p>
      </section>

      <section className="mk-stack" aria-labelledby="method-dont-know">
        <h2 id="method-dont-know" className="ds-heading" data-size="sm">
          {t('method.dontKnowTitle')}
        </h2>
        <p className="ds-paragraph">{t('method.dontKnow')}</p>
      </section>

      <section className="mk-stack" aria-labelledby="method-warning">
        <h2 id="method-warning" className="ds-heading" data-size="sm">
          {t('method.warningTitle')}
        </h2>
        <p className="ds-paragraph">{t('method.warning')}</p>
        <p className="ds-paragraph">{t('method.warningNotPacman')}</p>
      </section>

      <section className="mk-stack" aria-labelledby="method-texts">
        <h2 id="method-texts" className="ds-heading" data-size="sm">
          {t('method.textsTitle')}
        </h2>
        <p className="ds-paragraph">{t('method.texts')}</p>
      </section>

      <section className="mk-stack" aria-labelledby="method-own">
        <h2 id="method-own" className="ds-heading" data-size="sm">
          {t('method.ownTitle')}
        </h2>
        <p className="ds-paragraph">{t('method.own.intro')}</p>
        <ul className="ds-list">
          <li>{t('method.own.baseline', { baseline })}</li>
          <li>{t('method.own.questions')}</li>
          <li>{t('method.own.profiles')}</li>
          <li>{t('method.own.map')}</li>
        </ul>
      </section>

      <section className="mk-stack" aria-labelledby="method-sources">
        <h2 id="method-sources" className="ds-heading" data-size="sm">
          {t('method.sourcesTitle')}
        </h2>
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
      </section>
    </article>
  );
}
