import { useId, useState } from 'react';
import { Link } from 'wouter';
import type { SharePayload } from '../../domain/share-code';
import { useT } from '../../i18n/use-t';
import { findDuplicate, useWorkshopsHydrated, useWorkshopStore } from '../../store/workshop-store';
import { paths } from '../../ui/paths';
import { useParticipantName } from './labels';
import './live-messages';
import './workshop-messages';

/**
 * «Legg til i workshopen» on a received share link, for a facilitator with workshops in this
 * browser: the answers join the chosen workshop as a new participant, unless already there.
 */
export default function AddToWorkshop({ payload }: { payload: SharePayload }) {
  const t = useT();
  const id = useId();
  const nameOf = useParticipantName();
  const hydrated = useWorkshopsHydrated();
  const workshops = useWorkshopStore((s) => s.workshops);
  const [chosen, setChosen] = useState<string | null>(null);
  const [result, setResult] = useState<{ text: string; workshopId: string } | null>(null);
  if (!hydrated || workshops.length === 0) return null;
  const target = workshops.find((w) => w.id === chosen) ?? workshops[workshops.length - 1]!;

  const add = () => {
    const duplicate = findDuplicate(target, payload.assessment);
    if (duplicate) {
      setResult({
        text: t('live.addToWorkshop.duplicate', { workshop: target.name, name: nameOf(duplicate) }),
        workshopId: target.id,
      });
      return;
    }
    const [added] = useWorkshopStore.getState().addParticipants(target.id, [
      {
        assessment: payload.assessment,
        desired: payload.desired?.answers ?? null,
        source: 'link',
      },
    ]);
    if (added) {
      setResult({
        text: t('live.addToWorkshop.added', { workshop: target.name, name: nameOf(added) }),
        workshopId: target.id,
      });
    }
  };

  return (
    <section className="mk-stack" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="ds-heading" data-size="xs">
        {t('live.addToWorkshop.heading')}
      </h2>
      <div className="mk-row">
        {workshops.length > 1 && (
          <div className="ds-field">
            <label className="ds-label" htmlFor={`${id}-select`}>
              {t('live.addToWorkshop.label')}
            </label>
            <select
              id={`${id}-select`}
              className="ds-input"
              value={target.id}
              onChange={(e) => setChosen(e.target.value)}
            >
              {workshops.map((w) => (
                <option key={w.id} value={w.id}>
                  {w.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <button type="button" className="ds-button" data-variant="primary" onClick={add}>
          {t('live.addToWorkshop.action')}
        </button>
      </div>
      <div role="status">
        {result && (
          <p className="ds-paragraph">
            {result.text}{' '}
            <Link href={`~${paths.workshop}/${result.workshopId}`} className="ds-link">
              {t('live.addToWorkshop.open')}
            </Link>
          </p>
        )}
      </div>
    </section>
  );
}
