import { useMemo } from 'react';
import { Link } from 'wouter';
import { CATALOGUE } from '../../domain/catalogue';
import { certaintyRange } from '../../domain/certainty-range';
import { scoreAssessment } from '../../domain/scoring';
import { toMapData } from '../../render/to-map-data';
import { useLocale, useLocalized, useT } from '../../i18n/use-t';
import { ModelMap } from '../../ui/charts/model-map';
import { coordinate } from './format-points';
import { questionById, useQuestionLink } from './insight-data';
import './insight-messages';
import './insight.css';
import { PageSection } from '../../ui/page-sections';
import { useInsightState } from './use-insight-state';

/** With «Vet ikke» or open questions: the region the point could still move to, on the map. */
export function CertaintySection() {
  const t = useT();
  const locale = useLocale();
  const local = useLocalized();
  const { hydrated, edited } = useInsightState();
  const result = useMemo(() => scoreAssessment(CATALOGUE, edited.answers), [edited.answers]);
  const range = useMemo(() => certaintyRange(CATALOGUE, edited.answers), [edited.answers]);
  const questionLink = useQuestionLink();
  const data = useMemo(
    () =>
      result && range
        ? toMapData({
            markers: [
              {
                id: 'current',
                label: t('insight.certainty.you'),
                point: result.point,
                kind: 'current',
              },
            ],
            regions: [
              {
                id: 'range',
                points: range.polygon,
                kind: 'uncertainty',
                label: t('insight.certainty.region'),
              },
            ],
          })
        : null,
    [result, range, t],
  );
  if (!hydrated || !result || !range || !data) return null;
  const c = (v: number) => coordinate(locale, v);

  return (
    <PageSection title={t('insight.certainty.title')} className="mk-insight" deferred>
      <p className="ds-paragraph mk-insight__intro">
        {t('insight.certainty.intro', { count: range.unknown.length })}
        {isNarrow(range.box) && ` ${t('insight.certainty.narrow')}`}
      </p>
      <div className="mk-insight__split">
        <ModelMap
          data={data}
          title={t('insight.certainty.mapTitle')}
          titleAs="h3"
          summary={t('insight.certainty.mapSummary', {
            minX: c(range.box.minX),
            maxX: c(range.box.maxX),
            minY: c(range.box.minY),
            maxY: c(range.box.maxY),
          })}
        />
        <div className="mk-stack">
          <h3 className="ds-heading" data-size="xs">
            {t('insight.certainty.listTitle')}
          </h3>
          <ul className="ds-list mk-insight__unknown">
            {range.unknown.map((id) => {
              const question = questionById(id);
              if (!question) return null;
              return (
                <li key={id}>
                  <Link
                    {...questionLink(id, `mk-unknown-${id}`)}
                    className="ds-link"
                    aria-label={t('insight.certainty.answerLabel', {
                      question: local(question.text),
                    })}
                  >
                    {local(question.text)}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      </div>
    </PageSection>
  );
}

// Narrower than this (in map units, 0–100) the area hardly shows beside the point's marker.
const NARROW = 6;

function isNarrow(box: { minX: number; maxX: number; minY: number; maxY: number }): boolean {
  return box.maxX - box.minX < NARROW && box.maxY - box.minY < NARROW;
}
