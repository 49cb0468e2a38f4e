import type { GroupAggregate } from '../../domain/aggregation';
import { REFERENCE_IDS, referenceById } from '../../domain/references';
import { formatPercent } from '../../i18n/format';
import { useLocale, useLocalized, useT } from '../../i18n/use-t';
import { REFERENCE_COLORS } from '../../ui/charts/chart-style';
import './live-messages';

/**
 * The group's mix for a projector: one bar per model with its average share in words, and the
 * lowest and highest share beside it. No box plots: a municipal audience reads «58 % i snitt».
 */
export function SlideMix({ group }: { group: GroupAggregate }) {
  const t = useT();
  const locale = useLocale();
  const local = useLocalized();
  if (!group.mix) return null;
  const stats = group.mix;
  const pct = (v: number) => formatPercent(locale, v);
  const order = [...REFERENCE_IDS].sort((a, b) => stats[b].mean - stats[a].mean);
  return (
    <div className="mk-slide-mix">
      <p>{t('live.present.mixLead')}</p>
      <ul className="mk-slide-mix__rows">
        {order.map((id) => {
          const s = stats[id];
          const ref = referenceById(id);
          return (
            <li key={id} className="mk-slide-mix__row">
              <span className="mk-slide-mix__label">
                <strong>
                  {t('live.present.mixRow', { model: local(ref.name), share: pct(s.mean) })}
                </strong>{' '}
                <span className="mk-slide-mix__range">
                  {t('live.present.mixRange', { min: pct(s.min), max: pct(s.max) })}
                </span>
              </span>
              <span className="mk-slide-mix__track" aria-hidden="true">
                <span
                  className="mk-slide-mix__bar"
                  style={{ width: `${s.mean * 100}%`, background: REFERENCE_COLORS[id] }}
                />
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
