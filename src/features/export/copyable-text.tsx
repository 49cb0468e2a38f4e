import { useEffect, useId, useState } from 'react';
import { copyText } from '../../ui/raster';

/**
 * A labelled, read-only text (a share link, a chart's alt text) with a button that copies it and
 * a live status that says whether the copy worked.
 */
export function CopyableText({
  label,
  value,
  rows,
  className,
  copyLabel,
  copiedMessage,
  failedMessage,
}: {
  label: string;
  value: string;
  rows: number;
  className: string;
  copyLabel: string;
  copiedMessage: string;
  failedMessage: string;
}) {
  const [status, setStatus] = useState('');
  const id = useId();
  useEffect(() => setStatus(''), [value]);
  return (
    <>
      <div className="ds-field">
        <label className="ds-label" htmlFor={id}>
          {label}
        </label>
        <textarea
          id={id}
          className={`ds-input ${className}`}
          readOnly
          rows={rows}
          value={value}
          onFocus={(e) => e.currentTarget.select()}
        />
      </div>
      <div className="mk-row">
        <button
          type="button"
          className="ds-button"
          data-variant="primary"
          onClick={async () => setStatus((await copyText(value)) ? copiedMessage : failedMessage)}
        >
          {copyLabel}
        </button>
      </div>
      <p className="ds-paragraph" data-size="sm" role="status">
        {status}
      </p>
    </>
  );
}
