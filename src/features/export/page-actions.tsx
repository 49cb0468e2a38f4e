import { useId, useRef, useState, type DragEvent } from 'react';
import { answersCsv } from '../../domain/answers-csv';
import {
  buildAssessmentFile,
  MAX_ASSESSMENT_FILE_CHARS,
  parseAssessmentFile,
  serializeAssessmentFile,
  type AssessmentFile,
  type AssessmentFileProblem,
} from '../../domain/assessment-file';
import { useT } from '../../i18n/use-t';
import type { PersistedState } from '../../store/persisted-state';
import { useAssessmentStore } from '../../store/assessment-store';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { downloadFile } from '../../ui/download';
import { fileName, useExportContext } from './export-context';
import './export-messages';
import './export.css';
import { ShareDialog } from './share-dialog';
import { applyFile, restoreState, savedState } from './store-state';

type Notice =
  | { kind: 'status'; text: string }
  | { kind: 'error'; title: string; text: string }
  | { kind: 'imported'; text: string; previous: PersistedState };

/** The result page's actions: report (PDF), JSON, CSV, import from a file, and share. */
export default function PageActions() {
  const t = useT();
  const ctx = useExportContext();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [pending, setPending] = useState<{ name: string; file: AssessmentFile } | null>(null);
  const [shareOpen, setShareOpen] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);

  async function pdf() {
    setBusy(true);
    setNotice({ kind: 'status', text: t('exporting.page.working') });
    try {
      const { buildPdfReport } = await import('./pdf-report');
      const name = fileName(ctx, 'rapport', 'pdf');
      downloadFile(name, await buildPdfReport(ctx));
      setNotice({ kind: 'status', text: t('exporting.page.saved', { file: name }) });
    } catch {
      setNotice({ kind: 'status', text: t('exporting.page.failed') });
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
    const name = fileName(ctx, 'svar', 'json');
    downloadFile(name, serializeAssessmentFile(file), 'application/json');
    setNotice({ kind: 'status', text: t('exporting.page.saved', { file: name }) });
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
    const name = fileName(ctx, 'svar', 'csv');
    downloadFile(name, text, 'text/csv;charset=utf-8');
    setNotice({ kind: 'status', text: t('exporting.page.saved', { file: name }) });
  }

  function fail(name: string, reason: AssessmentFileProblem | 'unreadable', detail?: string) {
    setNotice({
      kind: 'error',
      title: t('exporting.import.failedTitle', { file: name }),
      text: t(`exporting.import.errors.${reason}`, { detail: detail ?? '' }),
    });
  }

  async function read(file: File) {
    // Checked before reading, so a huge file is never loaded into memory.
    if (file.size > MAX_ASSESSMENT_FILE_CHARS * 4) return fail(file.name, 'too-large');
    let text: string;
    try {
      text = await file.text();
    } catch {
      return fail(file.name, 'unreadable');
    }
    const result = parseAssessmentFile(text, ctx.catalogue);
    if (!result.ok) return fail(file.name, result.reason, result.detail);
    setNotice(null);
    setPending({ name: file.name, file: result.file });
  }

  function onDrop(e: DragEvent<HTMLDivElement>) {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void read(file);
  }

  return (
    <div className="mk-stack">
      <div className="mk-page-actions" role="group" aria-label={t('exporting.page.label')}>
        <button
          type="button"
          className="ds-button"
          data-variant="primary"
          onClick={pdf}
          disabled={busy}
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
      <div
        className="mk-dropzone"
        data-active={dragging}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label className="ds-label" htmlFor={inputId}>
          {t('exporting.page.import')}
        </label>
        <p id={hintId} className="ds-paragraph" data-size="sm">
          {t('exporting.page.importHint')}
        </p>
        <input
          ref={input}
          id={inputId}
          type="file"
          accept=".json,application/json"
          aria-describedby={hintId}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void read(file);
          }}
        />
      </div>
      <NoticeView
        notice={notice}
        onUndo={(previous) => {
          restoreState(previous);
          setNotice({ kind: 'status', text: t('exporting.import.undone') });
        }}
      />
      <ConfirmDialog
        open={pending !== null}
        message={pending ? t('exporting.import.confirm', { file: pending.name }) : ''}
        confirmLabel={t('exporting.import.confirmButton')}
        onConfirm={() => {
          if (!pending) return;
          const previous = savedState();
          applyFile(pending.file);
          setNotice({
            kind: 'imported',
            text: t('exporting.import.done', { file: pending.name }),
            previous,
          });
          setPending(null);
        }}
        onCancel={() => {
          setPending(null);
          setNotice({ kind: 'status', text: t('exporting.import.cancelled') });
        }}
      />
      <ShareDialog open={shareOpen} onClose={() => setShareOpen(false)} ctx={ctx} />
    </div>
  );
}

function NoticeView({
  notice,
  onUndo,
}: {
  notice: Notice | null;
  onUndo: (previous: PersistedState) => void;
}) {
  const t = useT();
  // The live region is always present so screen readers announce what changes in it.
  return (
    <div role="status" aria-live="polite">
      {notice?.kind === 'status' && <p className="ds-paragraph">{notice.text}</p>}
      {notice?.kind === 'error' && (
        <div className="ds-alert" data-color="danger">
          <p className="ds-paragraph">
            <strong>{notice.title}</strong>
          </p>
          <p className="ds-paragraph">{notice.text}</p>
        </div>
      )}
      {notice?.kind === 'imported' && (
        <div className="ds-alert" data-color="success">
          <p className="ds-paragraph">{notice.text}</p>
          <button
            type="button"
            className="ds-button"
            data-variant="secondary"
            data-size="sm"
            onClick={() => onUndo(notice.previous)}
          >
            {t('exporting.import.undo')}
          </button>
        </div>
      )}
    </div>
  );
}
