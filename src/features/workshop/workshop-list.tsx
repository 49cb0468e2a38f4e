import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { CarriedNote } from '../../domain/formats/catalogue-carry';
import {
  MAX_WORKSHOP_FILE_BYTES,
  MAX_WORKSHOP_NAME,
  type Workshop,
  type WorkshopFileResult,
  type WorkshopRepair,
} from '../../domain/workshop-schema';
import { CarriedNoteView } from '../../ui/carried-note';
import { RepairList } from '../../ui/repair-list';
import type { MessageKey } from '../../i18n/messages';
import { formatDate } from '../../i18n/format';
import { useLocale, useT } from '../../i18n/use-t';
import { useAssessmentStore } from '../../store/assessment-store';
import { useWorkshopStore } from '../../store/workshop-store';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { readText } from './add-panel';
import { readWorkshopFile } from './read-workshop-file';
import { usePluralT } from './labels';
import { cardLinkId, UndoNotice, useFocusAfterRender } from './participant-table';
import { startPresentation } from './presentation';
import { focusOn, type NavigationState } from '../../ui/focus-target';

const FILE_REASONS: Record<string, MessageKey> = {
  'too-large': 'workshop.reasons.tooLarge',
  'not-json': 'workshop.reasons.notJson',
  'wrong-type': 'workshop.reasons.notWorkshop',
  'newer-version': 'workshop.reasons.newerVersion',
  invalid: 'workshop.reasons.invalid',
};

export function WorkshopList() {
  const t = useT();
  const tn = usePluralT();
  const locale = useLocale();
  const focusAfter = useFocusAfterRender();
  const [, navigate] = useLocation();
  const workshops = useWorkshopStore((s) => s.workshops);
  const { createWorkshop, removeWorkshop, importWorkshop } = useWorkshopStore.getState();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [importMessage, setImportMessage] = useState<{
    ok: boolean;
    text: string;
    repairs?: WorkshopRepair[];
    note?: CarriedNote | null;
  } | null>(null);
  const [removing, setRemoving] = useState<Workshop | null>(null);
  const ownAnswered = useAssessmentStore((s) => Object.keys(s.assessment.answers).length);

  const onCreate = () => {
    if (name.trim() === '') {
      setError(t('workshop.create.required'));
      document.getElementById('mk-ws-name')?.focus();
      return;
    }
    const id = createWorkshop(name);
    setName('');
    setError(null);
    navigate(`/${id}`);
  };

  const onImport = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    // A file far too large is refused before it is read into memory (4 bytes per character at most).
    const parsed: WorkshopFileResult =
      file.size > MAX_WORKSHOP_FILE_BYTES * 4
        ? { ok: false, reason: 'too-large' }
        : await readWorkshopFile(await readText(file)).catch((): WorkshopFileResult => ({
            ok: false,
            reason: 'not-json',
          }));
    if (!parsed.ok) {
      setImportMessage({
        ok: false,
        text: t('workshop.importWorkshop.failed', {
          file: file.name,
          reason: t(FILE_REASONS[parsed.reason] ?? 'workshop.reasons.invalid'),
        }),
      });
      return;
    }
    importWorkshop(parsed.file);
    setImportMessage({
      ok: true,
      text: t('workshop.importWorkshop.done', {
        name: parsed.file.workshop.name,
        participants: tn('workshop.counts.participants', parsed.file.workshop.participants.length),
      }),
      repairs: parsed.repairs,
      note: parsed.note,
    });
  };

  return (
    <div className="mk-stack mk-stack--lg mk-ws">
      <div className="mk-stack">
        <h1 className="ds-heading" data-size="lg">
          {t('workshop.title')}
        </h1>
        <p className="ds-paragraph" data-size="lg">
          {t('workshop.lead')}
        </p>
      </div>

      <section className="mk-stack" aria-labelledby="mk-ws-list">
        <h2 id="mk-ws-list" className="ds-heading" data-size="sm" tabIndex={-1}>
          {t('workshop.list.heading')}
        </h2>
        <UndoNotice afterDismiss="mk-ws-list" />
        {workshops.length === 0 ? (
          <p className="ds-paragraph">{t('workshop.list.empty')}</p>
        ) : (
          <ul className="mk-ws-cards">
            {workshops.map((w) => (
              <li key={w.id} className="ds-card mk-ws-card">
                <h3 className="ds-heading" data-size="xs">
                  <Link id={cardLinkId(w.id)} href={`/${w.id}`} className="ds-link">
                    {w.name}
                  </Link>
                </h3>
                <p className="ds-paragraph" data-size="sm">
                  {tn('workshop.counts.participants', w.participants.length)} ·{' '}
                  {formatDate(locale, w.updatedAt)}
                </p>
                <div>
                  <button
                    type="button"
                    className="ds-button"
                    data-variant="tertiary"
                    data-size="sm"
                    onClick={() => setRemoving(w)}
                  >
                    {t('workshop.list.remove', { name: w.name })}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="mk-stack" aria-labelledby="mk-ws-create">
        <h2 id="mk-ws-create" className="ds-heading" data-size="sm">
          {t('workshop.create.heading')}
        </h2>
        <form
          className="mk-stack"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            onCreate();
          }}
        >
          <div className="ds-field">
            <label className="ds-label" htmlFor="mk-ws-name">
              {t('workshop.create.label')}
            </label>
            <p className="ds-paragraph" data-size="sm" id="mk-ws-name-hint">
              {t('workshop.create.hint')}
            </p>
            <input
              id="mk-ws-name"
              className="ds-input"
              value={name}
              maxLength={MAX_WORKSHOP_NAME}
              aria-describedby={error ? 'mk-ws-name-hint mk-ws-name-error' : 'mk-ws-name-hint'}
              aria-invalid={error ? true : undefined}
              onChange={(e) => setName(e.target.value)}
            />
            {error && (
              <p id="mk-ws-name-error" className="ds-validation-message" data-color="danger">
                {error}
              </p>
            )}
          </div>
          <div>
            <button type="submit" className="ds-button" data-variant="primary">
              {t('workshop.create.submit')}
            </button>
          </div>
        </form>
      </section>

      <section className="mk-stack" aria-labelledby="mk-ws-import">
        <h2 id="mk-ws-import" className="ds-heading" data-size="sm">
          {t('workshop.importWorkshop.heading')}
        </h2>
        <div className="ds-field">
          <label className="ds-label" htmlFor="mk-ws-import-file">
            {t('workshop.importWorkshop.label')}
          </label>
          <input
            id="mk-ws-import-file"
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              void onImport(e.target.files);
              e.target.value = '';
            }}
          />
        </div>
        <div role="status">
          {importMessage && (
            <div className="ds-alert" data-color={importMessage.ok ? 'success' : 'danger'}>
              <p className="ds-paragraph">{importMessage.text}</p>
              {importMessage.repairs && <RepairList repairs={importMessage.repairs} />}
            </div>
          )}
          {importMessage?.note && <CarriedNoteView note={importMessage.note} />}
        </div>
      </section>

      <section className="mk-stack" aria-labelledby="mk-ws-own">
        <h2 id="mk-ws-own" className="ds-heading" data-size="sm">
          {t('workshop.own.heading')}
        </h2>
        <p className="ds-paragraph">{t('workshop.own.body')}</p>
        {ownAnswered > 0 ? (
          <div>
            <Link
              id="mk-ws-own-present"
              state={{ back: focusOn('mk-ws-own-present') } satisfies NavigationState}
              href="/presentasjon"
              className="ds-button"
              data-variant="secondary"
              onClick={startPresentation}
            >
              {t('workshop.own.action')}
            </Link>
          </div>
        ) : (
          <p className="ds-paragraph" data-size="sm">
            {t('workshop.own.empty')}
          </p>
        )}
      </section>

      <ConfirmDialog
        open={removing !== null}
        message={
          removing
            ? t('workshop.list.confirmRemove', {
                name: removing.name,
                participants: tn('workshop.counts.participants', removing.participants.length),
              })
            : ''
        }
        confirmLabel={removing ? t('workshop.list.remove', { name: removing.name }) : ''}
        onConfirm={() => {
          if (removing) {
            // The deleted card's button is gone: focus the next card, or the one before, or the
            // heading. This runs after the dialog has tried to give focus back to that button.
            const index = workshops.findIndex((w) => w.id === removing.id);
            const neighbour = workshops[index + 1] ?? workshops[index - 1];
            removeWorkshop(removing.id);
            focusAfter(neighbour ? cardLinkId(neighbour.id) : 'mk-ws-list', 'mk-ws-list');
          }
          setRemoving(null);
        }}
        onCancel={() => setRemoving(null)}
      />
    </div>
  );
}
