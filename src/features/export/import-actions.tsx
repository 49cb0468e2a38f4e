import { useId, useRef, useState, type DragEvent } from 'react';
import {
  MAX_ASSESSMENT_FILE_CHARS,
  parseAssessmentFile,
  type AssessmentFile,
  type AssessmentFileProblem,
  type AssessmentFileResult,
} from '../../domain/assessment-file';
import { NOTHING_LEFT_OUT, type LeftOut } from '../../domain/assessment-schema';
import { CATALOGUE } from '../../domain/catalogue';
import { useT } from '../../i18n/use-t';
import type { PersistedState } from '../../store/persisted-state';
import type { CarriedNote } from '../../domain/formats/catalogue-carry';
import { CarriedNoteView } from '../../ui/carried-note';
import { LeftOutList } from '../../ui/left-out-list';
import { parseOffThread } from '../../ui/parse-off-thread';
import { useStorageStatus } from '../../store/storage-status-store';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import './export-messages';
import './export.css';
import { applyFile, restoreState, savedState } from './store-state';

type Notice =
  | { kind: 'status'; text: string }
  | { kind: 'error'; title: string; text: string }
  | {
      kind: 'imported';
      text: string;
      previous: PersistedState;
      note: CarriedNote | null;
      left: LeftOut | null;
    };

type Pending = { name: string; file: AssessmentFile; note: CarriedNote | null; left: LeftOut };

/**
 * «Hent svar fra fil»: a file picker and drop area for a JSON file. Asks before replacing the
 * answers, can be undone, and a file that fails changes nothing. Also on the empty results page,
 * so answers can be brought to a new device before any are given.
 */
export default function ImportActions() {
  const t = useT();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [dragging, setDragging] = useState(false);
  const inputId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);

  function fail(name: string, reason: AssessmentFileProblem | 'unreadable') {
    setNotice({
      kind: 'error',
      title: t('exporting.import.failedTitle', { file: name }),
      text: t(`exporting.import.errors.${reason}`),
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
    // A large file is read in a worker: a crafted one near the limit must not hold the page.
    const result = await parseOffThread<AssessmentFileResult>(
      'assessment-file',
      text,
      (t) => parseAssessmentFile(t, CATALOGUE),
      { ok: false, reason: 'invalid' },
    );
    if (!result.ok) return fail(file.name, result.reason);
    setNotice(null);
    const read: Pending = {
      name: file.name,
      file: result.file,
      note: result.note,
      left: result.left,
    };
    // Nothing to replace in an empty browser: no question to ask. The results page then takes the
    // empty page's place, so the note of an older question set, and what was left out, go with
    // the page's notices.
    if (isEmpty(savedState())) {
      apply({ ...read, left: NOTHING_LEFT_OUT });
      if (result.note) useStorageStatus.getState().addCarried('answers', result.note);
      if (result.left.answers > 0) useStorageStatus.getState().setLeftOut(result.left);
    } else setPending(read);
  }

  function apply({ name, file, note, left }: Pending) {
    const previous = savedState();
    applyFile(file);
    setNotice({
      kind: 'imported',
      text: t('exporting.import.done', { file: name }),
      previous,
      note,
      left: left.answers > 0 ? left : null,
    });
  }

  function onDrop(e: DragEvent<HTMLDivElement>) {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void read(file);
  }

  return (
    <>
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
          // The «Angre» button is gone; the file picker is where the user goes on from.
          input.current?.focus();
        }}
      />
      <ConfirmDialog
        open={pending !== null}
        message={pending ? t('exporting.import.confirm', { file: pending.name }) : ''}
        confirmLabel={t('exporting.import.confirmButton')}
        onConfirm={() => {
          if (!pending) return;
          apply(pending);
          setPending(null);
        }}
        onCancel={() => {
          setPending(null);
          setNotice({ kind: 'status', text: t('exporting.import.cancelled') });
        }}
      />
    </>
  );
}

function isEmpty(state: PersistedState): boolean {
  const { answers, comments, context } = state.assessment;
  return (
    Object.keys(answers).length + Object.keys(comments).length + Object.keys(context).length ===
      0 &&
    state.desired === null &&
    state.snapshots.length === 0
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
          {notice.left && <LeftOutList left={notice.left} />}
          {notice.note && <CarriedNoteView note={notice.note} />}
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
