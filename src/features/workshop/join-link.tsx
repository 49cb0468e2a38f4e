import { useMemo, useState, type ReactNode } from 'react';
import { renderSVG } from 'uqr';

/** A link participants open, as a QR code and as text with a copy button. */
export function JoinLink({
  url,
  id,
  qrAlt,
  label,
  copy,
  copied,
  children,
}: {
  url: string;
  id: string;
  qrAlt: string;
  label: string;
  copy: string;
  copied: string;
  children?: ReactNode;
}) {
  const [done, setDone] = useState(false);
  const qr = useMemo(
    () => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderSVG(url, { border: 2 }))}`,
    [url],
  );
  return (
    <div className="mk-ws-join">
      <img className="mk-ws-join__qr" src={qr} width={240} height={240} alt={qrAlt} />
      <div className="mk-stack">
        <div className="ds-field">
          <label className="ds-label" htmlFor={id}>
            {label}
          </label>
          <input id={id} className="ds-input" readOnly value={url} />
        </div>
        <div className="mk-row">
          <button
            type="button"
            className="ds-button"
            data-variant="secondary"
            onClick={() => {
              void navigator.clipboard?.writeText(url).then(() => setDone(true));
            }}
          >
            {copy}
          </button>
          <span role="status" className="ds-paragraph" data-size="sm">
            {done ? copied : ''}
          </span>
        </div>
        {children}
      </div>
    </div>
  );
}
