import { dimensionsAltText, mapAltText, mixAltText } from '../../render/alt-text';
import {
  dimensionChart,
  mapChart,
  mixChart,
  slideSvg,
  standaloneSvg,
  SVG_FONT,
  type ChartBody,
  type ChartMeta,
} from '../../render/chart-svg';
import { escapeXml } from '../../domain/xml';
import type { MapArrowInput, MapMarkerInput } from '../../render/to-map-data';
import { REFERENCE_SHAPES, toMapData } from '../../render/to-map-data';
import { toDimensionData } from '../../render/to-dimension-data';
import { toMixData } from '../../render/to-mix-data';
import { formatPercent } from '../../i18n/format';
import type { ChartId } from '../../ui/slots';
import { SCORING_VERSION } from '../../domain/scoring';
import { fileName, type ExportContext } from './export-context';

/** Whether there is something to draw for this chart. */
export function canExport(chart: ChartId, ctx: ExportContext): boolean {
  return chart === 'today-desired'
    ? ctx.result !== null && ctx.desiredResult !== null
    : ctx.shown.result !== null;
}

/** The result a chart draws: today's, as the start of the arrow, or the one the page shows. */
function resultFor(chart: ChartId, ctx: ExportContext) {
  return (chart === 'today-desired' ? ctx.result : ctx.shown.result)!;
}

/** Whether a chart shows the desired state on its own, and must say so. */
function showsDesired(chart: ChartId, ctx: ExportContext): boolean {
  return chart !== 'today-desired' && ctx.shown.variant === 'desired';
}

function subject(ctx: ExportContext): string {
  return ctx.municipality ?? ctx.t('exporting.alt.subject');
}

export function chartTitle(chart: ChartId, ctx: ExportContext): string {
  const name = ctx.t(`exporting.chart.names.${chart}`);
  return showsDesired(chart, ctx) ? ctx.t('exporting.chart.desiredTitle', { chart: name }) : name;
}

/** The file name of a chart download; `detail` tells sizes apart («16x9», «2x»). */
export function chartFileName(chart: ChartId, ctx: ExportContext, ext: string, detail?: string) {
  return fileName(ctx, chart, ext, { detail, desired: showsDesired(chart, ctx) });
}

export function altTextFor(chart: ChartId, ctx: ExportContext): string {
  const result = resultFor(chart, ctx);
  const templates = {
    map: ctx.t('exporting.alt.map'),
    mapDesired: ctx.t('exporting.alt.mapDesired'),
    mix: ctx.t('exporting.alt.mix'),
    dimensions: ctx.t('exporting.alt.dimensions'),
    dimensionItem: ctx.t('exporting.alt.dimensionItem'),
    dimensionNone: ctx.t('exporting.alt.dimensionNone'),
  };
  switch (chart) {
    case 'map':
    case 'today-desired':
      return mapAltText(templates, {
        subject: subject(ctx),
        point: result.point,
        model: ctx.names[result.ranking[0]!],
        desired:
          chart === 'today-desired' && ctx.desiredResult
            ? { point: ctx.desiredResult.point, model: ctx.names[ctx.desiredResult.ranking[0]!] }
            : undefined,
      });
    case 'mix':
      return mixAltText(templates, {
        subject: subject(ctx),
        rows: toMixData(result).map((r) => ({
          id: r.id,
          name: ctx.names[r.id],
          percent: formatPercent(ctx.locale, r.percent / 100),
        })),
      });
    case 'dimensions':
      return dimensionsAltText(templates, {
        subject: subject(ctx),
        rows: toDimensionData(result, ctx.catalogue).map((r) => ({
          dimension: r.title[ctx.locale],
          model: r.leaning ? ctx.names[r.leaning] : null,
          percent: r.share === null ? '' : formatPercent(ctx.locale, r.share),
        })),
      });
  }
}

export function chartMeta(chart: ChartId, ctx: ExportContext): ChartMeta {
  const method = chart === 'today-desired' ? 'map' : chart;
  return {
    title: chartTitle(chart, ctx),
    subtitle: ctx.t('exporting.svg.subtitle', {
      municipality: ctx.municipality ?? ctx.t('exporting.svg.noMunicipality'),
      date: ctx.date,
    }),
    versions: ctx.t('exporting.svg.versions', {
      catalogue: ctx.catalogue.version,
      scoring: SCORING_VERSION,
    }),
    method: ctx.t(`exporting.svg.method.${method}`),
    description: altTextFor(chart, ctx),
  };
}

export function chartBody(chart: ChartId, ctx: ExportContext): ChartBody {
  const result = resultFor(chart, ctx);
  const t = ctx.t;
  switch (chart) {
    case 'map':
    case 'today-desired': {
      const markers: MapMarkerInput[] = [
        {
          id: 'current',
          label:
            chart === 'today-desired'
              ? t('exporting.svg.today')
              : showsDesired(chart, ctx)
                ? t('exporting.svg.desired')
                : t('exporting.svg.you'),
          point: result.point,
          kind: 'current',
        },
      ];
      const arrows: MapArrowInput[] = [];
      if (chart === 'today-desired' && ctx.desiredResult) {
        markers.push({
          id: 'desired',
          label: t('exporting.svg.desired'),
          point: ctx.desiredResult.point,
          kind: 'desired',
        });
        arrows.push({ from: result.point, to: ctx.desiredResult.point, kind: 'change' });
      }
      return mapChart({
        data: toMapData({ markers, arrows }),
        names: ctx.names,
        axes: {
          x: t('exporting.svg.xAxis'),
          y: t('exporting.svg.yAxis'),
          xHint: t('exporting.svg.xHint'),
          yHint: t('exporting.svg.yHint'),
        },
        legendTitle: t('exporting.svg.legend'),
        warnedLabel: t('exporting.svg.warned'),
      });
    }
    case 'mix': {
      const rows = toMixData(result);
      return mixChart({
        rows,
        names: ctx.names,
        percentLabels: Object.fromEntries(
          rows.map((r) => [r.id, formatPercent(ctx.locale, r.percent / 100)]),
        ) as Record<(typeof rows)[number]['id'], string>,
        legendTitle: t('exporting.svg.legend'),
        warnedLabel: t('exporting.svg.warned'),
      });
    }
    case 'dimensions':
      return dimensionChart({
        rows: toDimensionData(result, ctx.catalogue).map((r) => ({
          title: r.title[ctx.locale],
          leaning: r.leaning,
          share: r.share,
          shareLabel: r.share === null ? '' : formatPercent(ctx.locale, r.share),
          answeredLabel: t('exporting.svg.answeredOf', { answered: r.answered, total: r.total }),
        })),
        names: ctx.names,
        shapes: REFERENCE_SHAPES,
        columns: {
          dimension: t('exporting.svg.columns.dimension'),
          leaning: t('exporting.svg.columns.leaning'),
          share: t('exporting.svg.columns.share'),
          answered: t('exporting.svg.columns.answered'),
        },
        noneLabel: t('exporting.svg.none'),
        legendTitle: t('exporting.svg.legend'),
      });
  }
}

export function chartSvgFile(chart: ChartId, ctx: ExportContext): string {
  return standaloneSvg(chartBody(chart, ctx), chartMeta(chart, ctx));
}

export function chartSlideFile(chart: ChartId, ctx: ExportContext): string {
  return slideSvg(
    chartBody(chart, ctx),
    chartMeta(chart, ctx),
    ctx.t('exporting.svg.footer', {
      municipality: ctx.municipality ?? ctx.t('exporting.svg.noMunicipality'),
      date: ctx.date,
      catalogue: ctx.catalogue.version,
      scoring: SCORING_VERSION,
    }),
  );
}

/** Only the drawing, with its legend, for a page that gives the title and sources itself. */
export function chartBareSvg(chart: ChartId, ctx: ExportContext): string {
  const body = chartBody(chart, ctx);
  const meta = chartMeta(chart, ctx);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${body.width}" height="${body.height}" viewBox="0 0 ${body.width} ${body.height}" font-family="${SVG_FONT}">` +
    `<title>${escapeXml(meta.title)}</title><desc>${escapeXml(meta.description ?? '')}</desc>` +
    `<rect width="${body.width}" height="${body.height}" fill="#ffffff"/>${body.body}</svg>`
  );
}
