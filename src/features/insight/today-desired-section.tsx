import { useId, useMemo, useState } from 'react';
import { useLocation } from 'wouter';
import { CATALOGUE } from '../../domain/catalogue';
import { gapsBetween, overallRisks, type Gap } from '../../domain/gaps';
import { referenceById } from '../../domain/references';
import { scoreAssessment } from '../../domain/scoring';
import { toMapData } from '../../render/to-map-data';
import { toMixData } from '../../render/to-mix-data';
import type { MessageKey } from '../../i18n/messages';
import { useLocale, useLocalized, useT } from '../../i18n/use-t';
import { useAssessmentStore } from '../../store/assessment-store';
import { MixChart } from '../../ui/charts/mix-chart';
import { ModelMap } from '../../ui/charts/model-map';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { paths } from '../../ui/paths';
import { coordinate, pointsOf } from './format-points';
import { questionById } from './insight-data';
import './insight-messages';
import './insight.css';
import { PageSection } from '../../ui/page-sections';
import { useInsightState } from './use-insight-state';
import type { ChartActionsSlot } from '../../ui/slots';

// The desired state is edited from the first dimension: the context step rarely changes.
const FIRST_DIMENSION_STEP = 1;
// Below this the dimension has not really moved (rounding noise).
const MOVED = 0.005;

/** Today and the desired state: both points with an arrow, both mixes, and the gaps in order. */
export function TodayDesiredSection({ ChartActions }: { ChartActions?: ChartActionsSlot }) {
  const t = useT();
  const locale = useLocale();
  const local = useLocalized();
  const [, navigate] = useLocation();
  const ids = { gaps: useId() };
  const { hydrated, today, desired, editing } = useInsightState();
  const setEditing = useAssessmentStore((s) => s.setEditing);
  const startDesired = useAssessmentStore((s) => s.startDesired);
  const clearDesired = useAssessmentStore((s) => s.clearDesired);
  const [confirming, setConfirming] = useState(false);

  const todayResult = useMemo(() => scoreAssessment(CATALOGUE, today.answers), [today.answers]);
  const desiredResult = useMemo(
    () => (desired ? scoreAssessment(CATALOGUE, desired.answers) : null),
    [desired],
  );
  const gaps = useMemo(
    () => (desired ? gapsBetween(CATALOGUE, today.answers, desired.answers) : []),
    [today.answers, desired],
  );
  const mapData = useMemo(
    () =>
      todayResult && desiredResult
        ? toMapData({
            markers: [
              {
                id: 'today',
                label: t('insight.common.today'),
                point: todayResult.point,
                kind: 'current',
              },
              {
                id: 'desired',
                label: t('insight.common.desired'),
                point: desiredResult.point,
                kind: 'desired',
              },
            ],
            arrows: [
              { id: 'change', from: todayResult.point, to: desiredResult.point, kind: 'change' },
            ],
          })
        : null,
    [todayResult, desiredResult, t],
  );
  if (!hydrated) return null;
  const c = (v: number) => coordinate(locale, v);
  const editDesired = () => {
    if (desired) setEditing('desired');
    else startDesired();
    navigate(paths.wizardStep(FIRST_DIMENSION_STEP));
  };

  if (!desired) {
    return (
      <PageSection title={t('insight.desired.title')} className="mk-insight" deferred>
        <p className="ds-paragraph mk-insight__intro">{t('insight.desired.intro')}</p>
        <p className="ds-paragraph">{t('insight.desired.none')}</p>
        <div className="mk-row mk-no-print">
          <button type="button" className="ds-button" data-variant="primary" onClick={editDesired}>
            {t('insight.desired.start')}
          </button>
        </div>
      </PageSection>
    );
  }

  const moving = gaps.filter((g) => (g.distance ?? 0) > MOVED);
  const still = gaps.filter((g) => !moving.includes(g));
  const risks =
    todayResult && desiredResult ? overallRisks(todayResult.mix, desiredResult.mix) : [];
  const moved =
    todayResult &&
    desiredResult &&
    Math.hypot(
      todayResult.point.x - desiredResult.point.x,
      todayResult.point.y - desiredResult.point.y,
    ) >= 0.5;

  return (
    <PageSection title={t('insight.desired.title')} className="mk-insight" deferred>
      <p className="ds-paragraph mk-insight__intro">{t('insight.desired.intro')}</p>
      {editing === 'desired' && (
        <div className="ds-alert" data-color="info">
          <p className="ds-paragraph">{t('insight.desired.showingDesired')}</p>
        </div>
      )}
      <div className="mk-row mk-no-print">
        <button type="button" className="ds-button" data-variant="primary" onClick={editDesired}>
          {t('insight.desired.edit')}
        </button>
        <button
          type="button"
          className="ds-button"
          data-variant="secondary"
          onClick={() => setEditing(editing === 'desired' ? 'today' : 'desired')}
        >
          {t(editing === 'desired' ? 'insight.desired.showToday' : 'insight.desired.showDesired')}
        </button>
        <button
          type="button"
          className="ds-button"
          data-variant="tertiary"
          onClick={() => setConfirming(true)}
        >
          {t('insight.desired.remove')}
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        message={t('insight.desired.removeBody')}
        confirmLabel={t('insight.desired.remove')}
        onConfirm={() => {
          setConfirming(false);
          clearDesired();
        }}
        onCancel={() => setConfirming(false)}
      />

      {!todayResult || !desiredResult || !mapData ? (
        <p className="ds-paragraph">{t('insight.desired.noScore')}</p>
      ) : (
        <>
          <ModelMap
            data={mapData}
            title={t('insight.desired.mapTitle')}
            titleAs="h3"
            actions={ChartActions ? <ChartActions chart="today-desired" /> : undefined}
            summary={
              moved
                ? t('insight.desired.mapSummary', {
                    fromX: c(todayResult.point.x),
                    fromY: c(todayResult.point.y),
                    toX: c(desiredResult.point.x),
                    toY: c(desiredResult.point.y),
                  })
                : t('insight.desired.mapSummarySame', {
                    x: c(todayResult.point.x),
                    y: c(todayResult.point.y),
                  })
            }
          />
          <div className="mk-insight__pair">
            <MixChart
              rows={toMixData(todayResult, 'reference')}
              title={t('insight.desired.mixToday')}
              titleAs="h3"
            />
            <MixChart
              rows={toMixData(desiredResult, 'reference')}
              title={t('insight.desired.mixDesired')}
              titleAs="h3"
            />
          </div>

          <div className="mk-stack">
            <h3 id={ids.gaps} className="ds-heading" data-size="sm">
              {t('insight.desired.gapsTitle')}
            </h3>
            {moving.length === 0 ? (
              <p className="ds-paragraph">{t('insight.desired.gapsNone')}</p>
            ) : (
              <>
                <p className="ds-paragraph mk-insight__intro">{t('insight.desired.gapsIntro')}</p>
                {risks.length > 0 && (
                  <div className="ds-alert" data-color="warning">
                    <h4 className="ds-heading" data-size="2xs">
                      {t('insight.desired.overallRisks')}
                    </h4>
                    <ul className="ds-list">
                      {risks.map((id) => (
                        <li key={id}>{t(`insight.risks.${id}` as MessageKey)}</li>
                      ))}
                    </ul>
                  </div>
                )}
                <ol className="mk-insight__gaps">
                  {moving.map((gap) => (
                    <GapItem key={gap.dimension} gap={gap} />
                  ))}
                </ol>
              </>
            )}
            {moving.length > 0 && still.length > 0 && (
              <p className="ds-paragraph mk-muted" data-size="sm">
                {t('insight.desired.unchangedTitle')}:{' '}
                {still
                  .map((g) => local(CATALOGUE.dimensions.find((d) => d.id === g.dimension)!.title))
                  .join(', ')}
              </p>
            )}
          </div>
        </>
      )}
    </PageSection>
  );
}

function GapItem({ gap }: { gap: Gap }) {
  const t = useT();
  const locale = useLocale();
  const local = useLocalized();
  const dimension = CATALOGUE.dimensions.find((d) => d.id === gap.dimension);
  return (
    <li className="ds-card mk-insight__card mk-stack">
      <h4 className="ds-heading" data-size="xs">
        {dimension ? local(dimension.title) : gap.dimension}
      </h4>
      {gap.towards && (
        <p className="ds-paragraph">
          {t('insight.desired.gapDistance', {
            points: pointsOf(locale, gap.distance ?? 0),
            model: local(referenceById(gap.towards).name),
          })}
        </p>
      )}
      {gap.changed.length > 0 && (
        <p className="ds-paragraph mk-muted" data-size="sm">
          {t('insight.desired.changed', {
            questions: gap.changed
              .map((id) => questionById(id))
              .filter((q) => q !== undefined)
              .map((q) => local(q.text))
              .join('; '),
          })}
        </p>
      )}
      {gap.actions.length > 0 && (
        <>
          <p className="ds-paragraph">
            <strong>{t('insight.desired.actions')}</strong>
          </p>
          <ul className="ds-list">
            {gap.actions.map((id) => (
              <li key={id}>{t(`insight.actions.${id}` as MessageKey)}</li>
            ))}
          </ul>
        </>
      )}
      {gap.risks.length > 0 && (
        <>
          <p className="ds-paragraph">
            <strong>{t('insight.desired.risks')}</strong>
          </p>
          <ul className="ds-list">
            {gap.risks.map((id) => (
              <li key={id}>{t(`insight.risks.${id}` as MessageKey)}</li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}
