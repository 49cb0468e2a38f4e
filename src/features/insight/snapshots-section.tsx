import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { CATALOGUE } from '../../domain/catalogue';
import { referenceById } from '../../domain/references';
import { scoreAssessment } from '../../domain/scoring';
import { toMapData, trajectoryArrows, type MapMarkerInput } from '../../render/to-map-data';
import { formatDate, formatPercent } from '../../i18n/format';
import { useLocale, useLocalized, useT } from '../../i18n/use-t';
import { useAssessmentStore, type Snapshot } from '../../store/assessment-store';
import { MAX_SNAPSHOT_LABEL_LENGTH, MAX_SNAPSHOTS } from '../../store/persisted-version';
import { ModelMap } from '../../ui/charts/model-map';
import { coordinate } from './format-points';
import './insight-messages';
import './insight.css';
import { PageSection } from '../../ui/page-sections';
import { useInsightState } from './use-insight-state';
import { TableScroll } from '../../ui/table-scroll';

// With more than this many, names next to the points would cover each other; the table has them.
const LABELLED_UP_TO = 6;

/** The last snapshot deleted, kept in memory (not saved) so «Angre» can put it back in its place. */
type Removed = { snapshot: Snapshot; index: number };

// A double click's second click, or a held Enter key, would save the same answers again.
const ignoreSecondClick = (event: MouseEvent) => {
  if (event.detail > 1) event.preventDefault();
};
const ignoreKeyRepeat = (event: KeyboardEvent) => {
  if (event.key === 'Enter' && event.repeat) event.preventDefault();
};

/** «Lagre øyeblikksbilde»: labelled copies of the answers, listed and drawn as a trajectory. */
export function SnapshotsSection() {
  const t = useT();
  const locale = useLocale();
  const local = useLocalized();
  const ids = { label: useId(), hint: useId() };
  const { hydrated, snapshots } = useInsightState();
  const saveSnapshot = useAssessmentStore((s) => s.saveSnapshot);
  const deleteSnapshot = useAssessmentStore((s) => s.deleteSnapshot);
  const restoreSnapshot = useAssessmentStore((s) => s.restoreSnapshot);
  const [label, setLabel] = useState('');
  const [status, setStatus] = useState('');
  const [removed, setRemoved] = useState<Removed | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const deleteButtons = useRef(new Map<string, HTMLButtonElement>());
  // A snapshot put back by «Angre» gets focus once its row is there again.
  const focusAfterRender = useRef<string | null>(null);
  useEffect(() => {
    const id = focusAfterRender.current;
    if (!id) return;
    focusAfterRender.current = null;
    deleteButtons.current.get(id)?.focus();
  }, [snapshots]);

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
    setRemoved(null);
    setStatus(t('insight.snapshots.saved', { label: name }));
  };

  const onDelete = (snapshot: Snapshot, index: number) => {
    // Focus moves before the row goes: to the row that takes its place, else the one before, else
    // the heading (not the name field, which would open the keyboard on a phone). Never <body>.
    const neighbour = snapshots[index + 1] ?? snapshots[index - 1];
    const next = neighbour ? deleteButtons.current.get(neighbour.id) : headingRef.current;
    deleteSnapshot(snapshot.id);
    setRemoved({ snapshot, index });
    setStatus(t('insight.snapshots.deleted', { label: snapshot.label }));
    next?.focus();
  };

  const onUndo = () => {
    if (!removed) return;
    const { snapshot, index } = removed;
    restoreSnapshot(snapshot, index);
    setRemoved(null);
    setStatus(t('insight.snapshots.restored', { label: snapshot.label }));
    // «Angre» disappears with the notice: focus goes to the snapshot that came back.
    focusAfterRender.current = snapshot.id;
  };

  const first = placed[0];
  const last = placed[placed.length - 1];

  return (
    <PageSection
      title={t('insight.snapshots.title')}
      className="mk-insight"
      deferred
      headingRef={headingRef}
    >
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
            onKeyDown={ignoreKeyRepeat}
          />
        </div>
        <button
          type="submit"
          className="ds-button"
          data-variant="secondary"
          onClick={ignoreSecondClick}
          onKeyDown={ignoreKeyRepeat}
        >
          {t('insight.snapshots.save')}
        </button>
      </form>
      <div role="status">
        {removed ? (
          <div className="ds-alert mk-row mk-no-print" data-color="info">
            <span className="ds-paragraph">{status}</span>
            <button
              type="button"
              className="ds-button"
              data-variant="secondary"
              data-size="sm"
              aria-label={t('insight.snapshots.undoLabel', { label: removed.snapshot.label })}
              onClick={onUndo}
            >
              {t('insight.snapshots.undo')}
            </button>
          </div>
        ) : (
          <p className="ds-paragraph">{status}</p>
        )}
      </div>
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
                        ref={(el) => {
                          if (!el) return;
                          deleteButtons.current.set(snapshot.id, el);
                          return () => {
                            deleteButtons.current.delete(snapshot.id);
                          };
                        }}
                        onClick={() => onDelete(snapshot, number - 1)}
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
    </PageSection>
  );
}
