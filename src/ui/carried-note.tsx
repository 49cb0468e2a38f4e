import { CATALOGUE } from '../domain/catalogue';
import type { CarriedNote } from '../domain/formats/catalogue-carry';
import { useLocalized, useT } from '../i18n/use-t';
import './formats-messages';

/**
 * Says that answers made with an older catalogue were carried to today's, and which questions
 * changed on the way (by their text today; those no longer asked are counted). Used wherever
 * answers are opened: saved answers, imported files, shared links and workshop participants.
 */
export function CarriedNoteView({
  note,
  onDismiss,
}: {
  note: CarriedNote;
  onDismiss?: () => void;
}) {
  const t = useT();
  const local = useLocalized();
  const byId = new Map(CATALOGUE.questions.map((q) => [q.id, q]));
  const asked = note.changed.filter((id) => byId.has(id));
  const dropped = note.changed.length - asked.length;
  return (
    <div className="ds-alert mk-carried-note" data-color="info">
      <p className="ds-paragraph">
        <strong>{t('formats.carried.title')}</strong>
      </p>
      <p className="ds-paragraph">{t('formats.carried.body', { from: note.from, to: note.to })}</p>
      {note.changed.length === 0 && (
        <p className="ds-paragraph">{t('formats.carried.unchanged')}</p>
      )}
      {asked.length > 0 && (
        <>
          <p className="ds-paragraph">{t('formats.carried.changed')}</p>
          <ul className="ds-list">
            {asked.map((id) => (
              <li key={id}>{local(byId.get(id)!.text)}</li>
            ))}
          </ul>
        </>
      )}
      {dropped > 0 && (
        <p className="ds-paragraph">{t('formats.carried.dropped', { count: dropped })}</p>
      )}
      {onDismiss && (
        <button
          type="button"
          className="ds-button"
          data-variant="secondary"
          data-size="sm"
          onClick={onDismiss}
        >
          {t('formats.carried.dismiss')}
        </button>
      )}
    </div>
  );
}
