import { useState } from 'react';
import { answersCsv } from '../../domain/answers-csv';
import { buildAssessmentFile, serializeAssessmentFile } from '../../domain/assessment-file';
import { useT } from '../../i18n/use-t';
import { useAssessmentStore } from '../../store/assessment-store';
import { downloadFile } from '../../ui/download';
import { fileName, useExportContext } from './export-context';
import './export-messages';
import './export.css';
import { ShareDialog } from './share-dialog';

/** The result page's actions: report (PDF), share, JSON, CSV (import is a section of its own). */
export default function PageActions() {
  const t = useT();
  const ctx = useExportContext();
  const [status, setStatus] = useState('');
  const [shareOpen, setShareOpen] = useState(false);
  const [busy, setBusy] = useState(false);

  async function pdf() {
    if (busy) return;
    setBusy(true);
    setStatus(t('exporting.page.working'));
    try {
      const { buildPdfReport } = await import('./pdf-report');
      const name = fileName(ctx, 'report', 'pdf');
      downloadFile(name, await buildPdfReport(ctx));
      setStatus(t('exporting.page.saved', { file: name }));
    } catch {
      setStatus(t('exporting.page.failed'));
    } finally {
      setBusy(false);
    }
  }

  function json() {
    const s = useAssessmentStore.getState();
    const file = buildAssessmentFile({
      assessment: s.assessment,
      desired: s.desired,
      snapshots: s.snapshots,
      catalogue: ctx.catalogue,
      createdAt: s.createdAt,
      updatedAt: s.updatedAt,
    });
    const name = fileName(ctx, 'answers', 'json');
    downloadFile(name, serializeAssessmentFile(file), 'application/json');
    setStatus(t('exporting.page.saved', { file: name }));
  }

  function csv() {
    const text = answersCsv(ctx.catalogue, ctx.assessment, ctx.locale, {
      dimension: t('exporting.csv.dimension'),
      question: t('exporting.csv.question'),
      answer: t('exporting.csv.answer'),
      comment: t('exporting.csv.comment'),
      dontKnow: t('exporting.csv.dontKnow'),
      unanswered: t('exporting.csv.unanswered'),
    });
    const name = fileName(ctx, 'answers', 'csv');
    downloadFile(name, text, 'text/csv;charset=utf-8');
    setStatus(t('exporting.page.saved', { file: name }));
  }

  return (
    <div className="mk-stack">
      {ctx.shown.variant === 'desired' && (
        <p className="ds-paragraph" data-size="sm">
          {t('exporting.page.todayNote')}
        </p>
      )}
      <div className="mk-page-actions" role="group" aria-label={t('exporting.page.label')}>
        <button
          type="button"
          className="ds-button"
          data-variant="primary"
          onClick={pdf}
          // Not `disabled`: that would drop keyboard focus while the report is made.
          aria-disabled={busy || undefined}
        >
          {t('exporting.page.pdf')}
        </button>
        <button
          type="button"
          className="ds-button"
          data-variant="secondary"
          onClick={() => setShareOpen(true)}
        >
          {t('exporting.page.share')}
        </button>
        <button type="button" className="ds-button" data-variant="secondary" onClick={json}>
          {t('exporting.page.json')}
        </button>
        <button type="button" className="ds-button" data-variant="secondary" onClick={csv}>
          {t('exporting.page.csv')}
        </button>
      </div>
      <ExportStatus text={status} />
      <ShareDialog open={shareOpen} onClose={() => setShareOpen(false)} ctx={ctx} />
    </div>
  );
}

/** Says what the last export did; always present so screen readers hear each change. */
function ExportStatus({ text }: { text: string }) {
  return (
    <div role="status" aria-live="polite">
      {text && <p className="ds-paragraph">{text}</p>}
    </div>
  );
}
