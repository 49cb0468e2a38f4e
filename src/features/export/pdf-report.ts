import { jsPDF } from 'jspdf';
import { contextQuestions, DONT_KNOW, scoredQuestions } from '../../domain/catalogue-schema';
import { buildNarrative, narrativeContextOf, type NarrativeItem } from '../../domain/narrative';
import { toDimensionData } from '../../domain/to-dimension-data';
import { formatPercent, intlTag, quotedList } from '../../i18n/format';
import { results as enResults } from '../../i18n/en/results';
import { results as nbResults } from '../../i18n/nb/results';
import { results as nnResults } from '../../i18n/nn/results';
import { translate, type MessageVars } from '../../i18n/translate';
import { chartSvgFile } from './chart-files';
import { SCORING_VERSION } from '../../domain/scoring';
import type { ExportContext } from './export-context';
import { toWinAnsi } from '../../domain/pdf-text';
import { MARGIN, PAGE, PdfWriter, WIDTH } from '../../ui/pdf-writer';

/**
 * The PDF report, loaded only when asked for (jsPDF is large). Text is real text in the standard
 * Helvetica font (WinAnsi: æøå and Norwegian punctuation are covered); charts are vector
 * graphics drawn from the same SVG files as the downloads.
 */

const RESULTS = { nb: nbResults, nn: nnResults, en: enResults };

export async function buildPdfReport(ctx: ExportContext): Promise<Blob> {
  const { t, locale, catalogue, assessment } = ctx;
  const result = ctx.result;
  if (!result) throw new Error('nothing to report');
  const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: true });
  doc.setProperties({
    title: toWinAnsi(`${t('exporting.pdf.title')} – ${ctx.municipality ?? ''}`),
    creator: 'Modellkart',
  });
  doc.setLanguage(locale === 'en' ? 'en-GB' : locale);
  const w = new PdfWriter(doc);
  const notGiven = t('exporting.pdf.notGiven');

  // Title page.
  w.y = 200;
  w.paragraph(t('exporting.pdf.title'), { size: 28, bold: true, gap: 8 });
  w.paragraph(t('exporting.pdf.subtitle'), { size: 14, gap: 40 });
  const facts: [string, string][] = [
    [t('exporting.pdf.municipality'), ctx.municipality ?? notGiven],
    [t('exporting.pdf.role'), ctx.role ?? notGiven],
    [t('exporting.pdf.date'), ctx.date],
    [
      t('exporting.pdf.closest'),
      // The whole percentages the page and the charts show, so the figures agree.
      `${ctx.names[result.ranking[0]!]} (${formatPercent(locale, result.percent[result.ranking[0]!] / 100)})`,
    ],
    [
      t('exporting.pdf.certainty'),
      t('exporting.pdf.certaintyValue', {
        answered: result.certainty.answered,
        total: result.certainty.total,
        dontKnow: result.certainty.dontKnow,
      }),
    ],
  ];
  for (const [label, value] of facts) {
    w.paragraph(label, { size: 10, bold: true, gap: 0 });
    w.paragraph(value, { size: 14, gap: 10 });
  }
  if (ctx.desired) w.paragraph(t('exporting.pdf.desiredNote'), { size: 10 });

  // Charts: each SVG carries its own title, legend, versions and method note.
  w.newPage();
  await w.svg(chartSvgFile('map', ctx));
  await w.svg(chartSvgFile('mix', ctx));
  if (ctx.desiredResult) await w.svg(chartSvgFile('today-desired', ctx));

  // Dimension table, as text so it can be selected and read aloud.
  w.heading(t('exporting.pdf.dimensionsHeading'));
  const columns = [0, 170, 330, 410];
  const header = [
    t('exporting.svg.columns.dimension'),
    t('exporting.svg.columns.leaning'),
    t('exporting.svg.columns.share'),
    t('exporting.svg.columns.answered'),
  ];
  const row = (cells: string[], bold: boolean) => w.row(columns, cells, bold);
  row(header, true);
  doc.setDrawColor(120).line(MARGIN, w.y - 4, MARGIN + WIDTH, w.y - 4);
  for (const d of toDimensionData(result, catalogue)) {
    row(
      [
        d.title[locale],
        d.leaning ? ctx.names[d.leaning] : t('exporting.svg.none'),
        d.share === null ? '' : formatPercent(locale, d.share),
        t('exporting.svg.answeredOf', { answered: d.answered, total: d.total }),
      ],
      false,
    );
  }

  // Narrative.
  w.heading(t('exporting.pdf.narrativeHeading'));
  const narrative = buildNarrative(result, narrativeContextOf(assessment, catalogue));
  for (const item of narrative) w.paragraph(narrativeText(item, ctx));

  // All answers, dimension by dimension, with comments.
  w.heading(t('exporting.pdf.answersHeading'));
  const questions = scoredQuestions(catalogue);
  for (const dimension of catalogue.dimensions) {
    w.heading(dimension.title[locale], 12);
    for (const q of questions.filter((x) => x.dimension === dimension.id)) {
      const chosen = assessment.answers[q.id];
      const answer =
        chosen === undefined
          ? t('exporting.csv.unanswered')
          : chosen === DONT_KNOW
            ? t('exporting.csv.dontKnow')
            : (q.options.find((o) => o.id === chosen)?.label[locale] ?? chosen);
      w.ensure(40);
      w.paragraph(q.text[locale], { size: 10, bold: true, gap: 1 });
      w.paragraph(answer, { size: 10, indent: 12, gap: 2 });
      const comment = assessment.comments[q.id];
      if (comment) {
        w.paragraph(`${t('exporting.pdf.commentLabel')}: ${comment}`, {
          size: 10,
          indent: 12,
          gap: 2,
        });
      }
      w.y += 4;
    }
  }

  const context = contextQuestions(catalogue).filter((q) => assessment.context[q.id] !== undefined);
  if (context.length > 0) {
    w.heading(t('exporting.pdf.contextHeading'));
    for (const q of context) {
      const value = assessment.context[q.id]!;
      const ids = Array.isArray(value) ? value : [value];
      const text =
        q.input === 'text'
          ? String(value)
          : ids.map((id) => q.options.find((o) => o.id === id)?.label[locale] ?? id).join(', ');
      w.paragraph(q.text[locale], { size: 10, bold: true, gap: 1 });
      w.paragraph(text, { size: 10, indent: 12, gap: 6 });
    }
  }

  w.heading(t('exporting.pdf.methodHeading'));
  w.paragraph(t('exporting.pdf.method'), { size: 10 });
  w.paragraph(t('exporting.pdf.sources'), { size: 10 });
  w.paragraph(
    t('exporting.pdf.versions', {
      catalogue: catalogue.version,
      scoring: SCORING_VERSION,
      date: ctx.date,
    }),
    { size: 10 },
  );

  const pages = doc.getNumberOfPages();
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    doc.setFont('helvetica', 'normal').setFontSize(9).setTextColor(80);
    doc.text(
      toWinAnsi(t('exporting.pdf.page', { page, pages })),
      PAGE.width - MARGIN,
      PAGE.height - 30,
      {
        align: 'right',
      },
    );
    if (ctx.municipality) doc.text(toWinAnsi(ctx.municipality), MARGIN, PAGE.height - 30);
    doc.setTextColor(0);
  }
  return doc.output('blob');
}

function listOf(ctx: ExportContext, items: string[]): string {
  return new Intl.ListFormat(intlTag(ctx.locale), { type: 'conjunction' }).format(items);
}

function inSentence(title: string): string {
  return /^\p{Lu}\p{Ll}/u.test(title) ? title[0]!.toLocaleLowerCase() + title.slice(1) : title;
}

/** The results page's narrative, in the same words (its messages are shared i18n files). */
function narrativeText(item: NarrativeItem, ctx: ExportContext): string {
  const p = item.params;
  const vars: MessageVars = {};
  if (p.model) vars.model = ctx.names[p.model];
  if (p.second) vars.second = ctx.names[p.second];
  if (p.share !== undefined) vars.share = formatPercent(ctx.locale, p.share);
  if (p.municipality) vars.municipality = p.municipality;
  if (p.dimensions) {
    vars.dimensions = quotedList(
      ctx.locale,
      p.dimensions.map(
        (id) => ctx.catalogue.dimensions.find((d) => d.id === id)?.title[ctx.locale] ?? id,
      ),
    );
  }
  if (p.services)
    vars.services = listOf(
      ctx,
      p.services.map((s) => inSentence(s[ctx.locale])),
    );
  return translate({ results: RESULTS[ctx.locale] }, `results.narrative.${item.key}`, vars);
}
