import { useState } from 'react';
import { resultsCsv } from '../../domain/answers-csv';
import { buildAssessmentFile, serializeAssessmentFile } from '../../domain/assessment-file';
import { useT } from '../../i18n/use-t';
import { useAssessmentStore } from '../../store/assessment-store';
import { resultsCsvLabels } from '../../ui/csv-labels';
import { DownloadStatus, useDownloadAs } from '../../ui/download-as';
import { fileName, useExportContext, type ExportContext } from './export-context';
import './export-messages';
import './export.css';
import { ShareDialog } from './share-dialog';

/** The assessment as one CSV row, with its metadata, results and answers. */
function csvFile(ctx: ExportContext, updatedAt: string | null) {
  const text = resultsCsv(
    ctx.catalogue,
    [
      {
        municipality: ctx.municipality ?? '',
        role: ctx.role ?? '',
        // When the answers were last changed; today when that is not known.
        date: updatedAt?.slice(0, 10) || ctx.isoDate,
        assessment: ctx.assessment,
      },
    ],
    resultsCsvLabels(ctx.t, ctx.names),
    ctx.locale,
  );
  return { name: fileName(ctx, 'answers', 'csv'), content: text, type: 'text/csv;charset=utf-8' };
}

/**
 * The result page's actions: report (PDF), one-page summary, Word, PowerPoint, share, JSON and
 * CSV (import is a section of its own). Every download goes through one pipeline that says what
 * it is doing.
 */
export default function PageActions() {
  const t = useT();
  const ctx = useExportContext();
  const [shareOpen, setShareOpen] = useState(false);
  const { state, busy, downloadAs } = useDownloadAs();

  const pdf = () =>
    downloadAs('report', async () => {
      const { buildPdfReport } = await import('./pdf-report');
      return { name: fileName(ctx, 'report', 'pdf'), content: await buildPdfReport(ctx) };
    });
  const summary = () =>
    downloadAs('summary', async () => {
      const { buildSummaryPdf } = await import('./pdf-report');
      return { name: fileName(ctx, 'summary', 'pdf'), content: await buildSummaryPdf(ctx) };
    });
  const docx = () =>
    downloadAs('docx', async () => {
      const { buildDocxReport } = await import('./docx-report');
      return { name: fileName(ctx, 'report', 'docx'), content: await buildDocxReport(ctx) };
    });
  const pptx = () =>
    downloadAs('pptx', async () => {
      const { buildPptxReport } = await import('./pptx-report');
      return { name: fileName(ctx, 'report', 'pptx'), content: await buildPptxReport(ctx) };
    });
  const json = () =>
    downloadAs('json', () => {
      const s = useAssessmentStore.getState();
      const file = buildAssessmentFile({
        assessment: s.assessment,
        desired: s.desired,
        snapshots: s.snapshots,
        catalogue: ctx.catalogue,
        createdAt: s.createdAt,
        updatedAt: s.updatedAt,
      });
      return {
        name: fileName(ctx, 'answers', 'json'),
        content: serializeAssessmentFile(file),
        type: 'application/json',
      };
    });
  const csv = () => downloadAs('csv', () => csvFile(ctx, useAssessmentStore.getState().updatedAt));

  // Not `disabled`: that would drop keyboard focus while a file is made.
  const button = (label: string, run: () => unknown, primary = false) => (
    <button
      type="button"
      className="ds-button"
      data-variant={primary ? 'primary' : 'secondary'}
      aria-disabled={busy || undefined}
      onClick={() => void run()}
    >
      {label}
    </button>
  );

  return (
    <div className="mk-stack">
      {ctx.shown.variant === 'desired' && (
        <p className="ds-paragraph" data-size="sm">
          {t('exporting.page.todayNote')}
        </p>
      )}
      <div className="mk-page-actions" role="group" aria-label={t('exporting.page.label')}>
        {button(t('exporting.page.pdf'), pdf, true)}
        <button
          type="button"
          className="ds-button"
          data-variant="secondary"
          onClick={() => setShareOpen(true)}
        >
          {t('exporting.page.share')}
        </button>
        {button(t('exporting.page.json'), json)}
        {button(t('exporting.page.csv'), csv)}
      </div>
      <div className="mk-page-actions" role="group" aria-label={t('office.buttons.label')}>
        {button(t('office.buttons.summary'), summary)}
        {button(t('office.buttons.docx'), docx)}
        {button(t('office.buttons.pptx'), pptx)}
      </div>
      <DownloadStatus state={state} />
      <ShareDialog open={shareOpen} onClose={() => setShareOpen(false)} ctx={ctx} />
    </div>
  );
}
