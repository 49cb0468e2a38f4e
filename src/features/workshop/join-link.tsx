import { useMemo, useState, type ReactNode } from 'react';
import { renderSVG } from 'uqr';
import { useT } from '../../i18n/use-t';
import { onlyHere } from './join-origin';
import './live-messages';

/**
 * A link participants open, as a QR code and as text with a copy button. With no url yet (the
 * live room is being made), the field says so and there is nothing to copy or scan, so no one
 * hands out a link that is about to be replaced.
 */
export function JoinLink({
  url,
  id,
  qrAlt,
  label,
  copy,
  copied,
  children,
}: {
  url: string | null;
  id: string;
  qrAlt: string;
  label: string;
  copy: string;
  copied: string;
  children?: ReactNode;
}) {
  const t = useT();
  const [done, setDone] = useState<string | null>(null);
  const qr = useMemo(
    () =>
      url
        ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderSVG(url, { border: 2 }))}`
        : null,
    [url],
  );
  const local = url !== null && onlyHere(url);
  return (
    <div className="mk-ws-join">
      {qr ? (
        <img className="mk-ws-join__qr" src={qr} width={240} height={240} alt={qrAlt} />
      ) : (
        <div className="mk-ws-join__qr" />
      )}
      <div className="mk-stack">
        <div className="ds-field">
          <label className="ds-label" htmlFor={id}>
            {label}
          </label>
          <input
            id={id}
            className="ds-input"
            readOnly
            value={url ?? t('live.join.preparing')}
            aria-describedby={local ? `${id}-here` : undefined}
          />
          {local && (
            <p className="ds-paragraph" data-size="sm" id={`${id}-here`}>
              {t('live.join.onlyHere')}
            </p>
          )}
        </div>
        <div className="mk-row">
          <button
            type="button"
            className="ds-button"
            data-variant="secondary"
            aria-disabled={url === null || undefined}
            onClick={() => {
              if (url === null) return;
              void navigator.clipboard?.writeText(url).then(() => setDone(url));
            }}
          >
            {copy}
          </button>
          <span role="status" className="ds-paragraph" data-size="sm">
            {done !== null && done === url ? copied : ''}
          </span>
        </div>
        {children}
      </div>
    </div>
  );
}
