import { useId, useState } from 'react';
import { clampThreshold, MIN_ROLE_THRESHOLD } from '../../domain/role-groups';
import { MAX_PARTICIPANTS, type Workshop } from '../../domain/workshop-schema';
import { useT } from '../../i18n/use-t';
import { useWorkshopStore } from '../../store/workshop-store';
import './live-messages';
import { DEFAULT_ROLE_VIEW } from './use-group';

/** How roles are compared: each role or the role groups, and from how many people. */
export function RoleViewControls({ workshop }: { workshop: Workshop }) {
  const t = useT();
  const id = useId();
  const view = workshop.roleView ?? DEFAULT_ROLE_VIEW;
  const [draft, setDraft] = useState(String(view.threshold));
  const save = (change: Partial<typeof view>) =>
    useWorkshopStore.getState().setRoleView(workshop.id, { ...view, ...change });
  return (
    <fieldset className="ds-fieldset mk-stack" aria-describedby={`${id}-lead`}>
      <legend className="ds-label">{t('live.roles.heading')}</legend>
      <p className="ds-paragraph" data-size="sm" id={`${id}-lead`}>
        {t('live.roles.lead')}
      </p>
      {(['group', 'role'] as const).map((by) => (
        <div className="ds-field mk-ws-check" key={by}>
          <input
            id={`${id}-${by}`}
            type="radio"
            name={`${id}-by`}
            className="ds-input"
            checked={view.by === by}
            onChange={() => save({ by })}
          />
          <label className="ds-label" htmlFor={`${id}-${by}`}>
            {by === 'group' ? t('live.roles.byGroup') : t('live.roles.byRole')}
          </label>
        </div>
      ))}
      <div className="ds-field">
        <label className="ds-label" htmlFor={`${id}-min`}>
          {t('live.roles.threshold')}
        </label>
        <p className="ds-paragraph" data-size="sm" id={`${id}-min-hint`}>
          {t('live.roles.thresholdHint', { min: MIN_ROLE_THRESHOLD })}
        </p>
        <input
          id={`${id}-min`}
          className="ds-input mk-live__expected"
          type="number"
          inputMode="numeric"
          min={MIN_ROLE_THRESHOLD}
          max={MAX_PARTICIPANTS}
          aria-describedby={`${id}-min-hint`}
          value={draft}
          onChange={(e) => {
            setDraft(e.target.value);
            const n = Number(e.target.value);
            // Applied as typed when allowed; anything below 2 is corrected when leaving the field.
            if (Number.isInteger(n) && n >= 2 && n <= MAX_PARTICIPANTS) save({ threshold: n });
          }}
          onBlur={() => {
            const threshold = Math.min(MAX_PARTICIPANTS, clampThreshold(Number(draft)));
            setDraft(String(threshold));
            save({ threshold });
          }}
        />
      </div>
    </fieldset>
  );
}
