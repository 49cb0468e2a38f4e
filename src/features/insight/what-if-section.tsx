import { useId, useMemo, useState } from 'react';
import { CATALOGUE } from '../../domain/catalogue';
import { DONT_KNOW, scoredQuestions } from '../../domain/catalogue-schema';
import { referenceById, type ReferenceId } from '../../domain/references';
import { toDimensionData } from '../../render/to-dimension-data';
import { toMapData, type MapArrowInput, type MapMarkerInput } from '../../render/to-map-data';
import { toMixData } from '../../render/to-mix-data';
import { whatIf, type Overrides } from '../../domain/what-if';
import { formatPercent } from '../../i18n/format';
import { useLocale, useLocalized, useT } from '../../i18n/use-t';
import { useAssessmentStore } from '../../store/assessment-store';
import { MixChart } from '../../ui/charts/mix-chart';
import { ModelMap } from '../../ui/charts/model-map';
import { coordinate } from './format-points';
import './insight-messages';
import './insight.css';
import { PageSection } from '../../ui/page-sections';
import { useInsightState } from './use-insight-state';
import { TableScroll } from '../../ui/table-scroll';

const questions = scoredQuestions(CATALOGUE);
// The select's value for "no answer": an empty string never is an option id.
const NONE = '';

/**
 * «Hva om …?»: try other answers and watch the point, mix and dimensions move, without touching
 * the saved answers; the result can become the desired state.
 */
export function WhatIfSection() {
  const t = useT();
  const locale = useLocale();
  const local = useLocalized();
  const ids = { questions: useId() };
  const { hydrated, edited } = useInsightState();
  const saveDesiredFrom = useAssessmentStore((s) => s.saveDesiredFrom);
  const [overrides, setOverrides] = useState<Overrides>({});
  const [status, setStatus] = useState('');
  const current = useMemo(() => whatIf(CATALOGUE, edited, overrides), [edited, overrides]);
  const changedCount = current.changedQuestions.length;

  const mapData = useMemo(() => {
    const { original, changed } = current;
    const markers: MapMarkerInput[] = [];
    const arrows: MapArrowInput[] = [];
    if (original && changed && changedCount > 0) {
      markers.push({
        id: 'original',
        label: t('insight.whatIf.original'),
        point: original.point,
        kind: 'ghost',
      });
      arrows.push({ id: 'what-if', from: original.point, to: changed.point, kind: 'what-if' });
    }
    if (changed) {
      markers.push({
        id: 'what-if',
        label: t(changedCount > 0 ? 'insight.whatIf.changed' : 'insight.whatIf.original'),
        point: changed.point,
        kind: 'current',
      });
    }
    return toMapData({ markers, arrows });
  }, [current, changedCount, t]);

  if (!hydrated || !current.original) return null;
  const { original, changed } = current;
  const c = (v: number) => coordinate(locale, v);

  const choose = (questionId: string, value: string) => {
    setStatus('');
    setOverrides((prev) => {
      const next: Record<string, string | null> = { ...prev };
      const saved = edited.answers[questionId] ?? NONE;
      if (value === saved) delete next[questionId];
      else next[questionId] = value === NONE ? null : value;
      return next;
    });
  };

  const originalRows = toDimensionData(original, CATALOGUE);
  const changedRows = changed ? toDimensionData(changed, CATALOGUE) : [];
  const leaning = (id: ReferenceId | null, share: number | null) =>
    id && share !== null
      ? `${local(referenceById(id).name)} (${formatPercent(locale, share)})`
      : t('insight.whatIf.none');

  return (
    <PageSection title={t('insight.whatIf.title')} className="mk-insight" deferred>
      <p className="ds-paragraph mk-insight__intro">{t('insight.whatIf.intro')}</p>
      <div className="mk-insight__what-if">
        {/* The result first: on a phone it is in sight before the list of answers to change. */}
        <div className="mk-stack mk-insight__what-if-result">
          <p className="ds-paragraph" aria-live="polite">
            <strong>
              {changedCount > 0
                ? t('insight.whatIf.changedCount', { count: changedCount })
                : t('insight.whatIf.noChanges')}
            </strong>
          </p>
          <div className="mk-row mk-no-print">
            <button
              type="button"
              className="ds-button"
              data-variant="primary"
              disabled={changedCount === 0 || !changed}
              onClick={() => {
                saveDesiredFrom(current.assessment);
                setStatus(t('insight.whatIf.saved'));
              }}
            >
              {t('insight.whatIf.save')}
            </button>
            <button
              type="button"
              className="ds-button"
              data-variant="secondary"
              disabled={changedCount === 0}
              onClick={() => {
                setOverrides({});
                setStatus('');
              }}
            >
              {t('insight.whatIf.reset')}
            </button>
          </div>
          <p className="ds-paragraph" role="status">
            {status}
          </p>
          {changed ? (
            <>
              <ModelMap
                data={mapData}
                title={t('insight.whatIf.mapTitle')}
                titleAs="h3"
                summary={
                  changedCount > 0
                    ? t('insight.whatIf.mapSummary', {
                        fromX: c(original.point.x),
                        fromY: c(original.point.y),
                        toX: c(changed.point.x),
                        toY: c(changed.point.y),
                      })
                    : t('insight.whatIf.mapSummarySame', {
                        x: c(changed.point.x),
                        y: c(changed.point.y),
                      })
                }
              />
              <MixChart
                rows={toMixData(changed)}
                title={t('insight.whatIf.mixTitle')}
                titleAs="h3"
              />
              <TableScroll label={t('insight.whatIf.dimensionsCaption')}>
                <table className="ds-table mk-data-table" data-size="sm">
                  <caption data-size="xs">{t('insight.whatIf.dimensionsCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('insight.whatIf.dimension')}</th>
                      <th scope="col">{t('insight.whatIf.now')}</th>
                      <th scope="col">{t('insight.whatIf.then')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {originalRows.map((row, i) => {
                      const next = changedRows[i];
                      const differs =
                        next && (next.leaning !== row.leaning || next.share !== row.share);
                      return (
                        <tr key={row.dimension}>
                          <th scope="row">{local(row.title)}</th>
                          <td>{leaning(row.leaning, row.share)}</td>
                          <td>
                            {differs ? (
                              <strong>{leaning(next.leaning, next.share)}</strong>
                            ) : (
                              leaning(next?.leaning ?? null, next?.share ?? null)
                            )}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </TableScroll>
            </>
          ) : (
            <p className="ds-paragraph">{t('insight.whatIf.noResult')}</p>
          )}
        </div>

        <div className="mk-stack mk-insight__what-if-questions">
          <h3 id={ids.questions} className="ds-heading" data-size="xs">
            {t('insight.whatIf.questionsTitle')}
          </h3>
          {CATALOGUE.dimensions.map((d) => (
            <fieldset key={d.id} className="ds-fieldset mk-insight__fieldset">
              <legend className="ds-label">{local(d.title)}</legend>
              {questions
                .filter((q) => q.dimension === d.id)
                .map((q) => {
                  const saved = edited.answers[q.id] ?? NONE;
                  const value = q.id in overrides ? (overrides[q.id] ?? NONE) : saved;
                  const mark = (v: string) =>
                    v === saved ? ` ${t('insight.whatIf.unchangedSuffix')}` : '';
                  const selectId = `what-if-${q.id}`;
                  return (
                    <div
                      key={q.id}
                      className="ds-field mk-insight__field"
                      data-changed={value !== saved || undefined}
                    >
                      <label htmlFor={selectId} className="ds-label" data-weight="regular">
                        {local(q.text)}
                      </label>
                      <select
                        id={selectId}
                        className="ds-input"
                        value={value}
                        onChange={(e) => choose(q.id, e.target.value)}
                      >
                        {q.options.map((o) => (
                          <option key={o.id} value={o.id}>
                            {local(o.label) + mark(o.id)}
                          </option>
                        ))}
                        <option value={DONT_KNOW}>
                          {t('insight.common.dontKnow') + mark(DONT_KNOW)}
                        </option>
                        <option value={NONE}>{t('insight.common.unanswered') + mark(NONE)}</option>
                      </select>
                    </div>
                  );
                })}
            </fieldset>
          ))}
        </div>
      </div>
    </PageSection>
  );
}
