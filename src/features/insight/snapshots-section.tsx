import { useId, useMemo, useState, type FormEvent } from 'react';
import { CATALOGUE } from '../../domain/catalogue';
import { referenceById } from '../../domain/references';
import { scoreAssessment } from '../../domain/scoring';
import { toMapData, trajectoryArrows, type MapMarkerInput } from '../../domain/to-map-data';
import { formatDate, formatPercent } from '../../i18n/format';
import { useLocale, useLocalized, useT } from '../../i18n/use-t';
import { useAssessmentStore } from '../../store/assessment-store';
import { MAX_SNAPSHOT_LABEL_LENGTH, MAX_SNAPSHOTS } from '../../store/persisted-version';
import { ModelMap } from '../../ui/charts/model-map';
import { coordinate } from './format-points';
import './insight-messages';
import './insight.css';
import { useInsightState } from './use-insight-state';
import { TableScroll } from '../../ui/table-scroll';

// With more than this many, names next to the points would cover each other; the table has them.
const LABELLED_UP_TO = 6;

/** «Lagre øyeblikksbilde»: labelled copies of the answers, listed and drawn as a trajectory. */
export function SnapshotsSection() {
  const t = useT();
  const locale = useLocale();
  const local = useLocalized();
  const ids = { heading: useId(), label: useId(), hint: useId() };
  const { hydrated, snapshots } = useInsightState();
  const saveSnapshot = useAssessmentStore((s) => s.saveSnapshot);
  const deleteSnapshot = useAssessmentStore((s) => s.deleteSnapshot);
  const [label, setLabel] = useState('');
  const [status, setStatus] = useState('');

  const scored = useMemo(
    () =>
      snapshots.map((snapshot, i) => ({
        snapshot,
        number: i + 1,
        result: scoreAssessment(CATALOGUE, snapshot.assessment.answers),
      })),
    [snapshots],
  );
  const placed = scored.filter((s) => s.result !== null);
  const mapData = useMemo(() => {
    const markers: MapMarkerInput[] = placed.map(({ snapshot, number, result }) => ({
      id: snapshot.id,
      label: t('insight.snapshots.markerLabel', { number, label: snapshot.label }),
      point: result!.point,
      kind: 'snapshot',
      showLabel: placed.length <= LABELLED_UP_TO,
    }));
    return toMapData({ markers, arrows: trajectoryArrows(placed.map((p) => p.result!.point)) });
  }, [placed, t]);
  if (!hydrated) return null;
  const c = (v: number) => coordinate(locale, v);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const name =
      label.trim() || t('insight.snapshots.defaultLabel', { number: snapshots.length + 1 });
    saveSnapshot(name);
    setLabel('');
    setStatus(t('insight.snapshots.saved', { label: name }));
  };

  const first = placed[0];
  const last = placed[placed.length - 1];

  return (
    <section className="mk-insight mk-stack" aria-labelledby={ids.heading}>
      <h2 id={ids.heading} className="ds-heading" data-size="md">
        {t('insight.snapshots.title')}
      </h2>
      <p className="ds-paragraph mk-insight__intro">{t('insight.snapshots.intro')}</p>
      <form className="mk-insight__snapshot-form mk-no-print" onSubmit={onSubmit}>
        <div className="ds-field">
          <label htmlFor={ids.label} className="ds-label">
            {t('insight.snapshots.label')}
          </label>
          <p id={ids.hint} className="ds-paragraph" data-size="sm">
            {t('insight.snapshots.labelHint')}
          </p>
          <input
            id={ids.label}
            className="ds-input"
            type="text"
            value={label}
            maxLength={MAX_SNAPSHOT_LABEL_LENGTH}
            aria-describedby={ids.hint}
            onChange={(e) => setLabel(e.target.value)}
          />
        </div>
        <button type="submit" className="ds-button" data-variant="secondary">
          {t('insight.snapshots.save')}
        </button>
      </form>
      <p className="ds-paragraph" role="status">
        {status}
      </p>
      {snapshots.length >= MAX_SNAPSHOTS - 5 && (
        <p className="ds-paragraph mk-muted" data-size="sm">
          {t('insight.snapshots.limit', { max: MAX_SNAPSHOTS })}
        </p>
      )}

      {snapshots.length === 0 ? (
        <p className="ds-paragraph">{t('insight.snapshots.none')}</p>
      ) : (
        <div className="mk-insight__split">
          {first && last && (
            <ModelMap
              data={mapData}
              title={t('insight.snapshots.mapTitle')}
              titleAs="h3"
              summary={
                placed.length > 1
                  ? t('insight.snapshots.mapSummary', {
                      count: placed.length,
                      first: first.snapshot.label,
                      last: last.snapshot.label,
                    })
                  : t('insight.snapshots.mapSummaryOne', {
                      label: first.snapshot.label,
                      x: c(first.result!.point.x),
                      y: c(first.result!.point.y),
                    })
              }
            />
          )}
          <TableScroll label={t('insight.snapshots.caption')}>
            <table className="ds-table mk-data-table" data-size="sm">
              <caption data-size="xs">{t('insight.snapshots.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('insight.snapshots.name')}</th>
                  <th scope="col">{t('insight.snapshots.date')}</th>
                  <th scope="col">{t('insight.snapshots.variant')}</th>
                  <th scope="col">{t('insight.snapshots.closest')}</th>
                  <th scope="col" className="mk-no-print">
                    <span className="mk-sr-only">{t('insight.snapshots.delete')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {scored.map(({ snapshot, number, result }) => (
                  <tr key={snapshot.id}>
                    <th scope="row">
                      {t('insight.snapshots.markerLabel', { number, label: snapshot.label })}
                    </th>
                    <td>{formatDate(locale, snapshot.createdAt)}</td>
                    <td>
                      {t(
                        snapshot.variant === 'desired'
                          ? 'insight.common.desired'
                          : 'insight.common.today',
                      )}
                    </td>
                    <td>
                      {result
                        ? `${local(referenceById(result.ranking[0]!).name)} (${formatPercent(locale, result.percent[result.ranking[0]!] / 100)})`
                        : t('insight.snapshots.noScore')}
                    </td>
                    <td className="mk-no-print">
                      <button
                        type="button"
                        className="ds-button"
                        data-variant="tertiary"
                        data-size="sm"
                        aria-label={t('insight.snapshots.deleteLabel', { label: snapshot.label })}
                        onClick={() => {
                          deleteSnapshot(snapshot.id);
                          setStatus(t('insight.snapshots.deleted', { label: snapshot.label }));
                        }}
                      >
                        {t('insight.snapshots.delete')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </div>
      )}
    </section>
  );
}
