import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { DownloadStatus, useDownloadAs } from '../../ui/download-as';
import type { ChartId } from '../../ui/slots';
import {
  altTextFor,
  canExport,
  chartFileName,
  chartSlideFile,
  chartSvgFile,
  chartTitle,
} from './chart-files';
import { CopyableText } from './copyable-text';
import { ExportDialog } from './export-dialog';
import { useExportContext } from './export-context';
import './export-messages';
import './export.css';
import { copyPng, svgToPng } from '../../ui/raster';

type Format = 'svg' | 'png2' | 'png3' | 'slide';

/** "Last ned" for one chart: SVG, PNG 2× and 3×, a 16:9 slide, copy image, and alt text. */
export default function ChartActions({ chart }: { chart: ChartId }) {
  const t = useT();
  const ctx = useExportContext();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const { state, downloadAs, reset } = useDownloadAs();
  const [altOpen, setAltOpen] = useState(false);
  const menuId = useId();
  const toggleId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const name = chartTitle(chart, ctx);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        toggle.current?.focus();
      }
    };
    const onClick = (e: MouseEvent) => {
      if (!wrapper.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('click', onClick);
    };
  }, [open]);

  if (!canExport(chart, ctx)) return null;

  async function save(format: Format) {
    setOpen(false);
    setStatus('');
    await downloadAs(format === 'svg' ? 'svg' : 'png', async () => {
      if (format === 'svg') {
        return {
          name: chartFileName(chart, ctx, 'svg'),
          content: chartSvgFile(chart, ctx),
          type: 'image/svg+xml',
        };
      }
      if (format === 'slide') {
        return {
          name: chartFileName(chart, ctx, 'png', '16x9'),
          content: await svgToPng(chartSlideFile(chart, ctx), 1),
        };
      }
      const scale = format === 'png2' ? 2 : 3;
      return {
        name: chartFileName(chart, ctx, 'png', `${scale}x`),
        content: await svgToPng(chartSvgFile(chart, ctx), scale),
      };
    });
    toggle.current?.focus();
  }

  async function copy() {
    setOpen(false);
    reset();
    // The PNG is passed as a promise so Safari keeps the user gesture while it is drawn.
    const copied = await copyPng(svgToPng(chartSvgFile(chart, ctx), 2));
    setStatus(copied ? t('exporting.chart.copied') : t('exporting.chart.copyUnsupported'));
    toggle.current?.focus();
  }

  const items: { key: string; label: string; run: () => void }[] = [
    { key: 'svg', label: t('exporting.chart.svg'), run: () => void save('svg') },
    { key: 'png2', label: t('exporting.chart.png2'), run: () => void save('png2') },
    { key: 'png3', label: t('exporting.chart.png3'), run: () => void save('png3') },
    { key: 'slide', label: t('exporting.chart.slide'), run: () => void save('slide') },
    { key: 'copy', label: t('exporting.chart.copy'), run: () => void copy() },
    {
      key: 'alt',
      label: t('exporting.chart.altText'),
      run: () => {
        setOpen(false);
        // The menu item disappears, so the dialog returns focus to the "Last ned" button.
        toggle.current?.focus();
        setAltOpen(true);
      },
    },
  ];

  return (
    <div className="mk-chart-actions" ref={wrapper}>
      <button
        ref={toggle}
        id={toggleId}
        type="button"
        className="ds-button"
        data-variant="secondary"
        data-size="sm"
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={t('exporting.chart.downloadLabel', { chart: name })}
        onClick={() => setOpen((v) => !v)}
      >
        {t('exporting.chart.download')}
      </button>
      {/* Named by its button, so the list says which chart it downloads. */}
      <ul id={menuId} className="mk-chart-actions__menu" hidden={!open} aria-labelledby={toggleId}>
        {items.map((item) => (
          <li key={item.key}>
            <button type="button" className="mk-chart-actions__item" onClick={item.run}>
              {item.label}
            </button>
          </li>
        ))}
      </ul>
      <div className="mk-export-status">
        <DownloadStatus state={state} />
        <p className="ds-paragraph" data-size="sm" role="status">
          {status}
        </p>
      </div>
      <AltTextDialog
        open={altOpen}
        title={t('exporting.chart.altTitle', { chart: name })}
        text={altOpen ? altTextFor(chart, ctx) : ''}
        onClose={() => setAltOpen(false)}
      />
    </div>
  );
}

function AltTextDialog({
  open,
  title,
  text,
  onClose,
}: {
  open: boolean;
  title: string;
  text: string;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <ExportDialog open={open} title={title} onClose={onClose}>
      <p className="ds-paragraph" data-size="sm">
        {t('exporting.chart.altHelp')}
      </p>
      <CopyableText
        label={t('exporting.chart.altLabel')}
        value={text}
        rows={5}
        className="mk-export-text"
        copyLabel={t('exporting.chart.copyText')}
        copiedMessage={t('exporting.chart.textCopied')}
        failedMessage={t('exporting.chart.textCopyFailed')}
      />
    </ExportDialog>
  );
}
