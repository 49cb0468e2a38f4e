import { useEffect, useRef, useState, type DragEvent } from 'react';
import { Link } from 'wouter';
import { CATALOGUE } from '../../domain/catalogue';
import { mergeNotes, type CarriedNote } from '../../domain/formats/catalogue-carry';
import type { Participant, Workshop } from '../../domain/workshop-schema';
import { CarriedNoteView } from '../../ui/carried-note';
import { MAX_PARTICIPANTS } from '../../domain/workshop-schema';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/use-t';
import { useAssessmentStore } from '../../store/assessment-store';
import { useWorkshopStore } from '../../store/workshop-store';
import { paths } from '../../ui/paths';
import {
  checkFile,
  checkLines,
  screen,
  type Checked,
  type EntrySource,
  type RejectReason,
} from './add-participants';
import { useParticipantName } from './labels';

type Numbered = Pick<Participant, 'name' | 'number'>;

/** One entry's outcome as data, put into words when shown, so it follows a language change. */
type Feedback =
  | { source: EntrySource; ok: true; participant: Numbered | null }
  | { source: EntrySource; ok: false; reason: RejectReason; duplicateOf?: Numbered };

export function AddPanel({ workshop }: { workshop: Workshop }) {
  const t = useT();
  const nameOf = useParticipantName();
  const addParticipants = useWorkshopStore((s) => s.addParticipants);
  const ownAssessment = useAssessmentStore((s) => s.assessment);
  const ownDesired = useAssessmentStore((s) => s.desired);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<Feedback[] | null>(null);
  const [carried, setCarried] = useState<CarriedNote | null>(null);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const summary = useRef<HTMLParagraphElement>(null);
  // Bumped by every batch: focus then moves to its summary, and on to the lines below it.
  const [batch, setBatch] = useState(0);
  const focusSummary = useRef(false);
  useEffect(() => {
    if (!focusSummary.current || !summary.current) return;
    focusSummary.current = false;
    summary.current.focus();
  }, [batch, busy]);

  const commit = (checked: Checked[]) => {
    const screened = screen(checked, workshop, CATALOGUE);
    const accepted = screened.filter((c) => c.ok);
    const added = addParticipants(
      workshop.id,
      accepted.map((c) => ({ assessment: c.assessment, desired: c.desired, source: c.from })),
    );
    let next = 0;
    setCarried(mergeNotes(accepted.map((c) => (c.ok ? (c.note ?? null) : null))));
    setFeedback(
      screened.map((c): Feedback => {
        if (!c.ok) return c;
        const p = added[next++];
        return { source: c.source, ok: true, participant: p ? numbered(p) : null };
      }),
    );
    focusSummary.current = true;
    setBatch((b) => b + 1);
  };

  const say = (f: Feedback) =>
    f.ok
      ? t('workshop.add.accepted', { name: f.participant ? nameOf(f.participant) : '' })
      : t('workshop.add.rejected', {
          reason: t(`workshop.reasons.${f.reason}` as MessageKey, {
            name: f.duplicateOf ? nameOf(f.duplicateOf) : '',
            max: MAX_PARTICIPANTS,
          }),
        });

  const run = async (work: () => Promise<Checked[]>) => {
    if (busy) return;
    setBusy(true);
    try {
      commit(await work());
    } finally {
      setBusy(false);
    }
  };

  const onPaste = async () => {
    // The button keeps focus while busy (aria-disabled, not disabled), so presses are ignored here.
    if (busy || text.trim() === '') return;
    await run(() => checkLines(text, CATALOGUE));
    setText('');
  };

  const onFiles = (files: FileList | File[]) => {
    const list = [...files];
    if (list.length === 0) return;
    void run(async () => {
      const all: Checked[] = [];
      for (const file of list)
        all.push(...(await checkFile(file.name, await readText(file), CATALOGUE)));
      return all;
    });
    if (fileInput.current) fileInput.current.value = '';
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    onFiles(event.dataTransfer.files);
  };

  const ownHasAnswers = Object.keys(ownAssessment.answers).length > 0;
  const [manualEmpty, setManualEmpty] = useState(false);
  const onManual = () => {
    if (!ownHasAnswers) {
      setManualEmpty(true);
      return;
    }
    setManualEmpty(false);
    commit([
      {
        source: {},
        ok: true,
        assessment: ownAssessment,
        desired: ownDesired?.answers ?? null,
        from: 'manual',
      },
    ]);
  };

  const where = (source: EntrySource) =>
    [source.file, source.line ? t('workshop.add.line', { line: source.line }) : null]
      .filter(Boolean)
      .join(', ');
  const added = feedback?.filter((f) => f.ok).length ?? 0;

  return (
    <section className="mk-stack" aria-labelledby="mk-ws-add">
      <h2 id="mk-ws-add" className="ds-heading" data-size="sm">
        {t('workshop.add.heading')}
      </h2>
      <form
        className="mk-stack"
        onSubmit={(e) => {
          e.preventDefault();
          void onPaste();
        }}
      >
        <div className="ds-field">
          <label className="ds-label" htmlFor="mk-ws-paste">
            {t('workshop.add.pasteLabel')}
          </label>
          <p className="ds-paragraph" data-size="sm" id="mk-ws-paste-hint">
            {t('workshop.add.pasteHint')}
          </p>
          <textarea
            id="mk-ws-paste"
            className="ds-input mk-ws-paste"
            rows={6}
            value={text}
            aria-describedby="mk-ws-paste-hint"
            spellCheck={false}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <div className="mk-row">
          <button
            type="submit"
            className="ds-button"
            data-variant="primary"
            aria-disabled={busy || text.trim() === '' || undefined}
          >
            {t('workshop.add.pasteSubmit')}
          </button>
        </div>
      </form>

      <div
        className={`mk-ws-drop${dragging ? ' mk-ws-drop--active' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <div className="ds-field">
          <label className="ds-label" htmlFor="mk-ws-files">
            {t('workshop.add.filesLabel')}
          </label>
          <input
            id="mk-ws-files"
            ref={fileInput}
            type="file"
            multiple
            accept=".json,application/json,.txt,text/plain"
            onChange={(e) => e.target.files && onFiles(e.target.files)}
          />
        </div>
        <p className="ds-paragraph" data-size="sm" aria-hidden="true">
          {t('workshop.add.dropZone')}
        </p>
      </div>

      <div role="status" className="mk-stack">
        {busy && <p className="ds-paragraph">{t('workshop.add.working')}</p>}
      </div>
      {/* Not a live region: focus moves here when a batch is done, which reads it once. */}
      {feedback && !busy && (
        <p ref={summary} className="ds-paragraph mk-ws-summary" tabIndex={-1}>
          <strong>{t('workshop.add.result', { added, rejected: feedback.length - added })}</strong>
        </p>
      )}
      {feedback && !busy && carried && <CarriedNoteView note={carried} />}
      {feedback && feedback.length > 0 && (
        <div className="mk-stack mk-ws-feedback">
          <h3 id="mk-ws-feedback" className="ds-heading" data-size="2xs">
            {t('workshop.add.feedbackHeading')}
          </h3>
          {/* A long batch scrolls here; focusable and named so the keyboard can scroll it too. */}
          <div
            className="mk-ws-feedback__scroll"
            role="region"
            aria-labelledby="mk-ws-feedback"
            tabIndex={0}
          >
            <ul className="ds-list">
              {feedback.map((f, i) => (
                <li key={i} className={f.ok ? 'mk-ws-ok' : 'mk-ws-rejected'}>
                  {where(f.source) && <strong>{where(f.source)}: </strong>}
                  {say(f)}
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}

      <details className="ds-details">
        <summary>{t('workshop.add.manualHeading')}</summary>
        <div className="mk-stack">
          <p className="ds-paragraph">{t('workshop.add.manualBody')}</p>
          <div className="mk-row">
            <button type="button" className="ds-button" data-variant="secondary" onClick={onManual}>
              {t('workshop.add.manualAction')}
            </button>
            <Link href={`~${paths.wizardStep(0)}`} className="ds-link">
              {t('workshop.add.manualWizard')}
            </Link>
          </div>
          {manualEmpty && (
            <p className="ds-paragraph" role="alert">
              {t('workshop.add.manualEmpty')}
            </p>
          )}
        </div>
      </details>
    </section>
  );
}

const numbered = (p: Numbered): Numbered => ({ name: p.name, number: p.number });

/** File.text() where it exists; FileReader elsewhere (older browsers, jsdom). */
export function readText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}
