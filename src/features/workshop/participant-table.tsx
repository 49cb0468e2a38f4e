import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { GroupAggregate } from '../../domain/aggregation';
import { referenceById } from '../../domain/references';
import { rankMix } from '../../domain/scoring';
import type { Participant, Workshop } from '../../domain/workshop-schema';
import { useLocalized, useT } from '../../i18n/use-t';
import { useWorkshopStore } from '../../store/workshop-store';
import { useParticipantName, useRoleLabel } from './labels';
import { DEFAULT_ROLE_VIEW, viewedRole } from './use-group';
import { rolesShownFor } from '../../domain/role-groups';
import { TableScroll } from '../../ui/table-scroll';

export function ParticipantTable({
  workshop,
  group,
}: {
  workshop: Workshop;
  group: GroupAggregate;
}) {
  const t = useT();
  const local = useLocalized();
  const nameOf = useParticipantName();
  const { renameParticipant, setHidden, removeParticipant } = useWorkshopStore.getState();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const focusAfter = useFocusAfterRender();
  useEffect(() => {
    if (renaming) document.getElementById(`mk-ws-rename-${renaming}`)?.focus();
  }, [renaming]);
  const results = new Map(group.participants.map((r) => [r.id, r.result]));
  const roleShown = useShownRole(workshop);

  if (workshop.participants.length === 0) {
    return <p className="ds-paragraph">{t('workshop.participants.empty')}</p>;
  }

  const startRename = (p: Participant) => {
    setRenaming(p.id);
    setDraft(p.name ?? '');
  };
  // Saved or not, focus goes back to the row's rename button, which the form replaced.
  const endRename = (id: string) => {
    setRenaming(null);
    focusAfter(renameButtonId(id));
  };
  const cancelOnEscape = (id: string) => (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    endRename(id);
  };

  return (
    <>
      <p className="ds-paragraph" data-size="sm">
        {t('live.roles.tableNote', { min: (workshop.roleView ?? DEFAULT_ROLE_VIEW).threshold })}
      </p>
      <TableScroll label={t('workshop.participants.caption')}>
        <table className="ds-table" data-size="sm">
          <caption className="mk-sr-only">{t('workshop.participants.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('workshop.participants.name')}</th>
              <th scope="col">{t('workshop.participants.role')}</th>
              <th scope="col">{t('workshop.participants.closest')}</th>
              <th scope="col">{t('workshop.participants.status')}</th>
              <th scope="col">{t('workshop.participants.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {workshop.participants.map((p) => {
              const result = results.get(p.id);
              const name = nameOf(p);
              return (
                <tr key={p.id}>
                  <th scope="row" id={rowId(p.id)} tabIndex={-1}>
                    {renaming === p.id ? (
                      <form
                        className="mk-row"
                        onSubmit={(e) => {
                          e.preventDefault();
                          renameParticipant(workshop.id, p.id, draft);
                          endRename(p.id);
                        }}
                      >
                        <label className="mk-sr-only" htmlFor={`mk-ws-rename-${p.id}`}>
                          {t('workshop.participants.renameLabel', { name })}
                        </label>
                        <input
                          id={`mk-ws-rename-${p.id}`}
                          className="ds-input mk-ws-rename"
                          value={draft}
                          maxLength={80}
                          onChange={(e) => setDraft(e.target.value)}
                          onKeyDown={cancelOnEscape(p.id)}
                        />
                        <button
                          type="submit"
                          onKeyDown={cancelOnEscape(p.id)}
                          className="ds-button"
                          data-variant="primary"
                          data-size="sm"
                        >
                          {t('workshop.participants.save')}
                        </button>
                        <button
                          type="button"
                          className="ds-button"
                          data-variant="tertiary"
                          data-size="sm"
                          onClick={() => endRename(p.id)}
                          onKeyDown={cancelOnEscape(p.id)}
                        >
                          {t('workshop.participants.cancel')}
                        </button>
                      </form>
                    ) : (
                      name
                    )}
                  </th>
                  <td>{roleShown(p) ?? t('live.roles.hidden')}</td>
                  <td>
                    {result
                      ? local(referenceById(rankMix(result.mix)[0]!).name)
                      : t('workshop.participants.noResult')}
                  </td>
                  <td>
                    {p.hidden
                      ? t('workshop.participants.hiddenLabel')
                      : t('workshop.participants.shown')}
                  </td>
                  <td>
                    <div className="mk-row mk-ws-actions">
                      <button
                        id={renameButtonId(p.id)}
                        type="button"
                        className="ds-button"
                        data-variant="tertiary"
                        data-size="sm"
                        aria-label={`${t('workshop.participants.rename')}: ${name}`}
                        onClick={() => startRename(p)}
                      >
                        {t('workshop.participants.rename')}
                      </button>
                      <button
                        type="button"
                        className="ds-button"
                        data-variant="tertiary"
                        data-size="sm"
                        aria-label={`${p.hidden ? t('workshop.participants.show') : t('workshop.participants.hide')}: ${name}`}
                        onClick={() => setHidden(workshop.id, p.id, !p.hidden)}
                      >
                        {p.hidden
                          ? t('workshop.participants.show')
                          : t('workshop.participants.hide')}
                      </button>
                      <button
                        type="button"
                        className="ds-button"
                        data-variant="tertiary"
                        data-size="sm"
                        aria-label={`${t('workshop.participants.remove')}: ${name}`}
                        onClick={() => removeParticipant(workshop.id, p.id)}
                      >
                        {t('workshop.participants.remove')}
                      </button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

/**
 * The role to print next to a participant's answers, or null when it would point to one person:
 * shown for those who gave their own name when they sent (not a name the facilitator typed),
 * and for roles (or role groups) shared by enough people.
 */
export function useShownRole(workshop: Workshop) {
  const roleLabel = useRoleLabel();
  const view = workshop.roleView ?? DEFAULT_ROLE_VIEW;
  const viewed = workshop.participants.map((p) => ({
    id: p.id,
    role: viewedRole(p.role, view),
    named: p.name !== null && p.selfNamed === true,
  }));
  const shown = rolesShownFor(viewed, view.threshold);
  const byId = new Map(viewed.map((v) => [v.id, v.role]));
  return (p: Participant): string | null =>
    p.role === null ? roleLabel(null) : shown.has(p.id) ? roleLabel(byId.get(p.id) ?? null) : null;
}

const rowId = (id: string) => `mk-ws-row-${id}`;
const renameButtonId = (id: string) => `mk-ws-rename-button-${id}`;
export const cardLinkId = (id: string) => `mk-ws-card-${id}`;

/**
 * focusAfter(id) focuses the element with that id once React has rendered: for controls that
 * replace the one that had focus, so focus never falls back to the page.
 */
export function useFocusAfterRender() {
  const [target, setTarget] = useState<{ id: string; fallback?: string } | null>(null);
  useEffect(() => {
    if (!target) return;
    const el =
      document.getElementById(target.id) ??
      (target.fallback ? document.getElementById(target.fallback) : null);
    el?.focus();
    setTarget(null);
  }, [target]);
  return (id: string, fallback?: string) => setTarget({ id, fallback });
}

/**
 * «Deltaker 3 er fjernet. Angre» — shown after a removal until undone or dismissed. Undo puts
 * focus on what came back; closing puts it on `afterDismiss` (an element id). With `focusOnShow`,
 * a new removal focuses «Angre», since the removed row's button took focus with it.
 */
export function UndoNotice({
  focusOnShow = false,
  afterDismiss,
}: {
  focusOnShow?: boolean;
  afterDismiss: string;
}) {
  const t = useT();
  const nameOf = useParticipantName();
  const removed = useWorkshopStore((s) => s.removed);
  const undo = useWorkshopStore((s) => s.undoRemove);
  const dismiss = useWorkshopStore((s) => s.dismissUndo);
  const focusAfter = useFocusAfterRender();
  const undoButton = useRef<HTMLButtonElement>(null);
  // What was already removed when this page opened gets no focus; only a new removal does.
  const seen = useRef(removed);
  useEffect(() => {
    if (focusOnShow && removed && removed !== seen.current) undoButton.current?.focus();
    seen.current = removed;
  }, [removed, focusOnShow]);
  if (!removed) return <div role="status" />;
  const text =
    removed.kind === 'participant'
      ? t('workshop.participants.removed', { name: nameOf(removed.participant) })
      : t('workshop.list.removed', { name: removed.workshop.name });
  const onUndo = () => {
    undo();
    focusAfter(
      removed.kind === 'participant'
        ? rowId(removed.participant.id)
        : cardLinkId(removed.workshop.id),
      afterDismiss,
    );
  };
  return (
    <div role="status">
      <div className="ds-alert mk-row" data-color="info">
        <span className="ds-paragraph">{text}</span>
        <button
          ref={undoButton}
          type="button"
          className="ds-button"
          data-variant="secondary"
          data-size="sm"
          onClick={onUndo}
        >
          {t('workshop.participants.undo')}
        </button>
        <button
          type="button"
          className="ds-button"
          data-variant="tertiary"
          data-size="sm"
          onClick={() => {
            dismiss();
            focusAfter(afterDismiss);
          }}
        >
          {t('workshop.participants.dismiss')}
        </button>
      </div>
    </div>
  );
}
