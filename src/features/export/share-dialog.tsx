import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { downloadFile } from '../../ui/download';
import { CopyableText } from './copyable-text';
import { ExportDialog } from './export-dialog';
import { fileName, type ExportContext } from './export-context';
import { qrSvg } from './qr-svg';
import { svgToPng } from '../../ui/raster';
import { shareUrl } from './share-link';

type Qr = { data: boolean[][] } | { tooLong: true };

// The desired situation goes into the link with the user's own answers (see shareUrl); counting
// its comments too can only warn once too often, never once too few.
function hasComments(ctx: ExportContext): boolean {
  return [ctx.assessment, ctx.desired].some(
    (a) => a !== null && Object.values(a.comments).some((c) => c.trim() !== ''),
  );
}

/** "Del": the link with the answers in its hash, and a QR code of it. */
export function ShareDialog({
  open,
  onClose,
  ctx,
}: {
  open: boolean;
  onClose: () => void;
  ctx: ExportContext;
}) {
  const t = useT();
  const [url, setUrl] = useState<string | null>(null);
  const [qr, setQr] = useState<Qr | null>(null);
  const intro = useRef<HTMLParagraphElement>(null);

  // The native dialog focuses its first control as it opens. The link comes a moment later, so
  // that was «Lukk» at the very bottom: start at the dialog's title instead. ExportDialog has
  // opened the dialog (and noted «Del» to return to) by now: a child's effects run first.
  useEffect(() => {
    if (!open) return;
    const dialog = intro.current?.closest('dialog');
    const titleId = dialog?.getAttribute('aria-labelledby');
    const title = titleId ? document.getElementById(titleId) : null;
    if (!title) return;
    if (!title.hasAttribute('tabindex')) title.setAttribute('tabindex', '-1');
    title.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    let live = true;
    setUrl(null);
    setQr(null);
    void (async () => {
      const link = await shareUrl(ctx.assessment, ctx.catalogue);
      if (!live) return;
      setUrl(link);
      const { encode } = await import('uqr');
      try {
        // Medium error correction survives a projector's glare; larger links fall back to low.
        let result;
        try {
          result = encode(link, { ecc: 'M' });
        } catch {
          result = encode(link, { ecc: 'L' });
        }
        if (live) setQr({ data: result.data });
      } catch {
        if (live) setQr({ tooLong: true });
      }
    })();
    return () => {
      live = false;
    };
  }, [open, ctx.assessment, ctx.catalogue]);

  const svg = qr && 'data' in qr ? qrSvg(qr.data, t('exporting.share.qrAlt')) : null;

  return (
    <ExportDialog open={open} title={t('exporting.share.title')} onClose={onClose}>
      <p ref={intro} className="ds-paragraph">
        {t('exporting.share.intro')}
      </p>
      {hasComments(ctx) && (
        <p className="ds-paragraph" data-size="sm">
          {t('exporting.share.privacy')}
        </p>
      )}
      {url ? (
        <CopyableText
          label={t('exporting.share.linkLabel')}
          value={url}
          rows={3}
          className="mk-share-link"
          copyLabel={t('exporting.share.copyLink')}
          copiedMessage={t('exporting.share.linkCopied')}
          failedMessage={t('exporting.share.linkCopyFailed')}
        />
      ) : (
        <p className="ds-paragraph" role="status">
          {t('exporting.share.making')}
        </p>
      )}
      {qr && (
        <section className="mk-stack">
          <h3 className="ds-heading" data-size="xs">
            {t('exporting.share.qrTitle')}
          </h3>
          {'tooLong' in qr ? (
            <p className="ds-paragraph">{t('exporting.share.qrTooLong')}</p>
          ) : (
            <>
              <p className="ds-paragraph" data-size="sm">
                {t('exporting.share.qrHelp')}
              </p>
              <QrImage data={qr.data} label={t('exporting.share.qrAlt')} />
              <div className="mk-row">
                <button
                  type="button"
                  className="ds-button"
                  data-variant="secondary"
                  onClick={() => downloadFile(fileName(ctx, 'qr', 'svg'), svg!, 'image/svg+xml')}
                >
                  {t('exporting.share.qrSvg')}
                </button>
                <button
                  type="button"
                  className="ds-button"
                  data-variant="secondary"
                  onClick={async () =>
                    downloadFile(fileName(ctx, 'qr', 'png'), await svgToPng(svg!, 1))
                  }
                >
                  {t('exporting.share.qrPng')}
                </button>
              </div>
            </>
          )}
        </section>
      )}
    </ExportDialog>
  );
}

/** Drawn as React elements (no innerHTML): one path of dark modules inside a quiet zone. */
function QrImage({ data, label }: { data: boolean[][]; label: string }) {
  const size = data.length + 8;
  let d = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) d += `M${x + 4} ${y + 4}h1v1h-1z`;
    }),
  );
  return (
    <svg
      className="mk-qr"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#ffffff" />
      <path d={d} fill="#000000" />
    </svg>
  );
}
