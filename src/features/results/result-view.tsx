import { useId, useMemo, type ReactNode } from 'react';
import { Link } from 'wouter';
import type { Assessment } from '../../domain/assessment-schema';
import { CATALOGUE } from '../../domain/catalogue';
import { buildNarrative, narrativeContextOf, type NarrativeItem } from '../../domain/narrative';
import { referenceById, type ReferenceId } from '../../domain/references';
import { scoreAssessment, type ScoreResult } from '../../domain/scoring';
import { toDimensionData } from '../../render/to-dimension-data';
import { REFERENCE_SHAPES, toMapData } from '../../render/to-map-data';
import { toMixData } from '../../render/to-mix-data';
import { formatNumber, formatPercent, inSentence } from '../../i18n/format';
import { useLocale, useLocalized, useT } from '../../i18n/use-t';
import { REFERENCE_COLORS } from '../../ui/charts/chart-style';
import { MixChart } from '../../ui/charts/mix-chart';
import { ModelMap } from '../../ui/charts/model-map';
import { ShapeIcon } from '../../ui/charts/shape-mark';
import { paths } from '../../ui/paths';
import { useLinkIntoWizard } from '../../ui/wizard-links';
import type { ChartActionsSlot } from '../../ui/slots';
import { narrativeText } from './narrative-text';
import { resultHeadline } from './result-headline';
import './results-messages';
import './results.css';
import { PageSection, SectionMenu, SectionsProvider } from '../../ui/page-sections';
import { TableScroll } from '../../ui/table-scroll';

export type ResultViewProps = {
  assessment: Assessment;
  /** Hides the links that edit answers (e.g. someone else's shared result). */
  readOnly?: boolean;
  /** Replaces the default h1 ("Dere ligner mest på …"). */
  heading?: string;
  /** Rendered beside each chart, e.g. download buttons. */
  ChartActions?: ChartActionsSlot;
  /** Rendered in the header's action area, e.g. report, JSON, share. */
  actions?: ReactNode;
  /** The desired state rather than today: the heading says so. */
  desired?: boolean;
  /** Rendered right under the heading, e.g. which set of answers is shown. */
  notice?: ReactNode;
  /** More sections after the result's own (e.g. insight panels); they join the section menu. */
  children?: ReactNode;
};

/** The whole result for any assessment; returns null when nothing scored has been answered. */
export function ResultView({
  assessment,
  readOnly,
  heading,
  ChartActions,
  actions,
  desired,
  notice,
  children,
}: ResultViewProps) {
  const result = useMemo(
    () => scoreAssessment(CATALOGUE, assessment.answers),
    [assessment.answers],
  );
  if (!result) return null;
  return (
    <ResultBody
      result={result}
      assessment={assessment}
      readOnly={readOnly}
      heading={heading}
      desired={desired}
      ChartActions={ChartActions}
      actions={actions}
      notice={notice}
    >
      {children}
    </ResultBody>
  );
}

function ResultBody({
  result,
  assessment,
  readOnly,
  heading,
  ChartActions,
  actions,
  desired,
  notice,
  children,
}: Omit<ResultViewProps, 'assessment'> & { result: ScoreResult; assessment: Assessment }) {
  const t = useT();
  const locale = useLocale();
  const local = useLocalized();
  const headingId = useId();
  const intoWizard = useLinkIntoWizard();
  const headline = resultHeadline(result, locale, t);
  const { modelName } = headline;

  const narrative = useMemo(
    () => buildNarrative(result, narrativeContextOf(assessment, CATALOGUE)),
    [result, assessment],
  );
  const text = (item: NarrativeItem) => narrativeText(item, { t, locale, catalogue: CATALOGUE });
  const part = (section: NarrativeItem['section']) =>
    narrative.filter((i) => i.section === section);

  const mapData = useMemo(
    () =>
      toMapData({
        markers: [
          {
            id: 'current',
            label: t(desired ? 'results.charts.youDesired' : 'results.charts.you'),
            point: result.point,
            kind: 'current',
          },
        ],
      }),
    [result.point, t, desired],
  );
  const mixRows = useMemo(() => toMixData(result), [result]);
  const dimensionRows = useMemo(() => toDimensionData(result, CATALOGUE), [result]);
  const chartActions = (chart: 'map' | 'mix' | 'dimensions') =>
    ChartActions ? <ChartActions chart={chart} /> : undefined;

  return (
    <SectionsProvider>
      <article className="mk-result mk-stack mk-stack--lg" aria-labelledby={headingId}>
        <header className="mk-stack">
          <h1 id={headingId} className="ds-heading" data-size="lg">
            {heading ??
              t(desired ? 'results.headingDesired' : 'results.heading', { model: modelName })}
          </h1>
          {notice}
          <p className="ds-paragraph" data-size="lg">
            {headline.lead}
          </p>
          <div className="mk-certainty">
            <span className="ds-tag" data-color={headline.certainty.color}>
              {headline.certainty.label}
            </span>
            <p className="ds-paragraph" data-size="sm">
              {headline.certainty.detail}
            </p>
          </div>
          {actions && (
            <div
              className="mk-row mk-result__actions mk-no-print"
              role="group"
              aria-label={t('results.actionsLabel')}
            >
              {actions}
            </div>
          )}
        </header>

        <SectionMenu />

        {part('warning').map((item) => (
          <div key={item.key} className="ds-alert" data-color="warning">
            <p className="ds-paragraph">{text(item)}</p>
          </div>
        ))}

        <PageSection title={t('results.sections.charts')}>
          <div className="mk-result__charts">
            <ModelMap
              data={mapData}
              title={t('results.charts.mapTitle')}
              summary={t('results.charts.mapSummary', {
                x: formatNumber(locale, result.point.x),
                y: formatNumber(locale, result.point.y),
                // The model with the largest share, as in the heading, the report and the files.
                model: modelName,
              })}
              actions={chartActions('map')}
            />
            <MixChart
              rows={mixRows}
              title={t('results.charts.mixTitle')}
              actions={chartActions('mix')}
            />
          </div>
        </PageSection>

        <PageSection title={t('results.sections.summary')} deferred>
          <div className="mk-result__narrative mk-stack">
            {[...part('summary'), ...part('elements'), ...part('example'), ...part('context')].map(
              (item) => (
                <p key={item.key + (item.params.model ?? '')} className="ds-paragraph">
                  {text(item)}
                </p>
              ),
            )}
          </div>
        </PageSection>

        <PageSection
          title={t('results.sections.dimensions')}
          actions={chartActions('dimensions')}
          deferred
        >
          <p className="ds-paragraph">{t('results.sections.dimensionsIntro')}</p>
          <TableScroll label={t('results.dimensions.caption')}>
            <table className="ds-table mk-data-table mk-reflow-table" data-size="sm">
              <caption data-size="xs">{t('results.dimensions.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('results.dimensions.dimension')}</th>
                  <th scope="col">{t('results.dimensions.leaning')}</th>
                  <th scope="col" className="mk-num">
                    {t('results.dimensions.share')}
                  </th>
                  <th scope="col" className="mk-num">
                    {t('results.dimensions.answered')}
                  </th>
                  {!readOnly && (
                    <th scope="col">
                      <span className="mk-sr-only">{t('results.dimensions.edit')}</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {dimensionRows.map((row) => (
                  <tr key={row.dimension}>
                    <th scope="row">{local(row.title)}</th>
                    <td data-label={t('results.dimensions.leaning')}>
                      {row.leaning ? (
                        <LeaningName id={row.leaning} />
                      ) : (
                        <span className="mk-muted">{t('results.dimensions.none')}</span>
                      )}
                    </td>
                    <td className="mk-num" data-label={t('results.dimensions.share')}>
                      {row.share === null ? '–' : formatPercent(locale, row.share)}
                    </td>
                    <td className="mk-num" data-label={t('results.dimensions.answered')}>
                      {t('results.dimensions.answeredOf', {
                        answered: row.answered,
                        total: row.total,
                      })}
                    </td>
                    {!readOnly && (
                      <td>
                        <Link
                          // The same id each time: «Tilbake til resultatet» comes back to it.
                          id={`mk-edit-step-${row.stepIndex}`}
                          {...intoWizard({ href: paths.wizardStep(row.stepIndex) })}
                          className="ds-link"
                          aria-label={t('results.dimensions.editLabel', {
                            dimension: inSentence(local(row.title)),
                          })}
                        >
                          {t('results.dimensions.edit')}
                        </Link>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </PageSection>

        <PageSection title={t('results.sections.reflections')} deferred>
          <ul className="ds-list mk-result__reflections">
            {part('reflection').map((item) => (
              <li key={item.key} className="ds-paragraph">
                {text(item)}
              </li>
            ))}
          </ul>
        </PageSection>

        {children}
      </article>
    </SectionsProvider>
  );
}

function LeaningName({ id }: { id: ReferenceId }) {
  const t = useT();
  const local = useLocalized();
  const ref = referenceById(id);
  return (
    <span className="mk-legend-name">
      <ShapeIcon shape={REFERENCE_SHAPES[id]} color={REFERENCE_COLORS[id]} />
      {local(ref.name)}
      {ref.warned && ` (${t('results.charts.warned')})`}
    </span>
  );
}
