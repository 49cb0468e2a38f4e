import { useMemo, useState } from 'react';
import { renderSVG } from 'uqr';
import { encodeJoinPayload, type Workshop } from '../../domain/workshop-schema';
import { useT } from '../../i18n/use-t';
import { paths } from '../../ui/paths';

/** The address participants open: this app, at the workshop's join route. */
export function joinUrl(name: string, location: Location = window.location): string {
  const base = `${location.origin}${location.pathname}${location.search}`;
  return `${base}#${paths.workshop}/bli-med/${encodeJoinPayload({ name })}`;
}

export function JoinPanel({ workshop }: { workshop: Workshop }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const url = joinUrl(workshop.name);
  const qr = useMemo(
    () => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderSVG(url, { border: 2 }))}`,
    [url],
  );
  return (
    <section className="mk-stack" aria-labelledby="mk-ws-join">
      <h2 id="mk-ws-join" className="ds-heading" data-size="sm">
        {t('workshop.join.heading')}
      </h2>
      <p className="ds-paragraph">{t('workshop.join.body')}</p>
      <div className="mk-ws-join">
        <img
          className="mk-ws-join__qr"
          src={qr}
          width={240}
          height={240}
          alt={t('workshop.join.qrAlt', { name: workshop.name })}
        />
        <div className="mk-stack">
          <div className="ds-field">
            <label className="ds-label" htmlFor="mk-ws-join-url">
              {t('workshop.join.link')}
            </label>
            <input id="mk-ws-join-url" className="ds-input" readOnly value={url} />
          </div>
          <div className="mk-row">
            <button
              type="button"
              className="ds-button"
              data-variant="secondary"
              onClick={() => {
                void navigator.clipboard?.writeText(url).then(() => setCopied(true));
              }}
            >
              {t('workshop.join.copy')}
            </button>
            <span role="status" className="ds-paragraph" data-size="sm">
              {copied ? t('workshop.join.copied') : ''}
            </span>
          </div>
        </div>
      </div>
    </section>
  );
}
