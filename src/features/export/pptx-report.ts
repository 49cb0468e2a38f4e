import { REFERENCE_COLOURS, svgSize } from '../../render/chart-svg';
import { toMixData } from '../../render/to-mix-data';
import { buildDeck, pngDataUrl, type DeckSlide } from '../../ui/pptx-deck';
import { svgToPng } from '../../ui/raster';
import { altTextFor, chartSvgFile, chartTitle } from './chart-files';
import type { ExportContext } from './export-context';
import { reportText } from './report-text';

/**
 * The meeting deck: a title slide with the headline, the map as an image with alt text, the mix
 * as a native (editable) bar chart, the strongest tensions and the next steps.
 */
export async function buildPptxReport(ctx: ExportContext): Promise<Blob> {
  const { t } = ctx;
  const text = reportText(ctx);
  if (!text || !ctx.result) throw new Error('nothing to report');
  const mapSvg = chartSvgFile('map', ctx);
  const size = svgSize(mapSvg);
  const map = await pngDataUrl(await svgToPng(mapSvg, 2));
  const mix = toMixData(ctx.result);

  const slides: DeckSlide[] = [
    {
      kind: 'title',
      title: text.headline,
      subtitle: t('office.slides.title'),
      lines: [text.meta, text.certainty, ...(text.closeNote ? [text.closeNote] : []), text.source],
    },
    {
      kind: 'image',
      title: chartTitle('map', ctx),
      png: map,
      width: size.width,
      height: size.height,
      alt: altTextFor('map', ctx),
    },
    {
      kind: 'bars',
      title: t('office.slides.mix'),
      series: t('office.slides.mixSeries'),
      categories: text.mix.map((m) => m.name),
      values: text.mix.map((m) => m.percent),
      colours: mix.map((r) => REFERENCE_COLOURS[r.id]),
      alt: altTextFor('mix', ctx),
      note: text.mixLine,
    },
    {
      kind: 'list',
      title: text.headings.tensions,
      items:
        text.tensions.length === 0
          ? [t('office.summary.noTensions')]
          : text.tensions.map((x) => `${x.title} – ${x.pulls}`),
    },
    {
      kind: 'list',
      title: t('office.slides.steps'),
      lead: text.stepsLead,
      items: text.steps,
      numbered: true,
    },
  ];
  return buildDeck(
    {
      title: `${t('exporting.pdf.title')} – ${ctx.municipality ?? ''}`,
      author: 'Modellkart',
      lang: ctx.locale === 'en' ? 'en-GB' : ctx.locale === 'nn' ? 'nn-NO' : 'nb-NO',
      footer: text.meta,
    },
    slides,
  );
}
