import type { WorkshopRepair } from '../domain/workshop-schema';
import { useT } from '../i18n/use-t';
import './formats-messages';

/**
 * What reading a workshop file (or saved workshops: give `heading`) put right, one line each;
 * nothing when it was sound.
 */
export function RepairList({
  repairs,
  heading,
}: {
  repairs: readonly WorkshopRepair[];
  heading?: string;
}) {
  const t = useT();
  if (repairs.length === 0) return null;
  return (
    <>
      <p className="ds-paragraph">{heading ?? t('formats.repairs.heading')}</p>
      <ul className="ds-list">
        {repairs.map((r, i) => (
          <li key={i}>{t(`formats.repairs.${r.kind}`, r)}</li>
        ))}
      </ul>
    </>
  );
}
