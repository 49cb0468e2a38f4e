import type { GroupAggregate } from '../../domain/aggregation';
import { useT } from '../../i18n/use-t';
import { REFERENCE_COLORS } from '../../ui/charts/chart-style';
import { useMixRows } from './group-views';
import './live-messages';

/**
 * The group's mix for a projector: one bar per model with its average share in words, and the
 * lowest and highest share beside it. No box plots: a municipal audience reads «58 % i snitt».
 */
export function SlideMix({ group }: { group: GroupAggregate }) {
  const t = useT();
  const rows = useMixRows(group);
  if (!rows) return null;
  return (
    <div className="mk-slide-mix">
      <p>{t('live.present.mixLead')}</p>
      <ul className="mk-slide-mix__rows">
        {rows.map((row) => (
          <li key={row.id} className="mk-slide-mix__row">
            <span className="mk-slide-mix__label">
              <strong>{t('live.present.mixRow', { model: row.model, share: row.share })}</strong>{' '}
              <span className="mk-slide-mix__range">{row.range}</span>
            </span>
            <span className="mk-slide-mix__track" aria-hidden="true">
              <span
                className="mk-slide-mix__bar"
                style={{ width: `${row.mean * 100}%`, background: REFERENCE_COLORS[row.id] }}
              />
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
