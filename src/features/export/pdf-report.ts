import { jsPDF } from 'jspdf';
import { contextQuestions, scoredQuestions } from '../../domain/catalogue-schema';
import { toWinAnsi } from '../../render/pdf-text';
import { SCORING_VERSION } from '../../domain/scoring';
import { buildNarrative, narrativeContextOf } from '../../domain/narrative';
import { MARGIN, PAGE, PdfWriter, WIDTH } from '../../ui/pdf-writer';
import { chartBareSvg, chartSvgFile } from './chart-files';
import type { ExportContext } from './export-context';
import { answerText, narrativeText, reportText, type ReportText } from './report-text';

/**
 * The PDF report and the one-page summary, loaded only when asked for (jsPDF is large). Text is
 * real text in the standard Helvetica font (WinAnsi: æøå and Norwegian punctuation are covered);
 * charts are vector graphics drawn from the same SVG as the downloads. The summary is the
 * report's first page, and its own download.
 */

function newDoc(ctx: ExportContext, title: string) {
  const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: true });
  doc.setProperties({
    title: toWinAnsi(`${title} – ${ctx.municipality ?? ''}`),
    creator: 'Modellkart',
  });
  doc.setLanguage(ctx.locale === 'en' ? 'en-GB' : ctx.locale);
  return doc;
}

const BAR_GREYS = [20, 90, 150, 190, 215];

/**
 * One A4 page a leader can act on: headline (the top two models when they are close), the map,
 * the mix, certainty, the three strongest tensions, three next steps, date, versions and source.
 * Black and white safe: the map has a shape and a label per model; the mix is named and numbered.
 */
async function writeSummaryPage(w: PdfWriter, ctx: ExportContext, text: ReportText) {
  const doc = w.doc;
  w.y = MARGIN - 8;
  w.paragraph(`${ctx.t('exporting.pdf.title')} · ${ctxTitle(ctx)}`, {
    size: 9,
    bold: true,
    gap: 4,
  });
  w.paragraph(text.headline, { size: 18, bold: true, gap: 3 });
  if (text.closeNote) w.paragraph(text.closeNote, { size: 9, gap: 2 });
  if (text.warning) w.paragraph(text.warning, { size: 9, bold: true, gap: 2 });
  w.paragraph(text.meta, { size: 9, gap: 8 });

  // The map on the left, the mix and certainty on the right.
  const top = w.y;
  const mapWidth = 300;
  const mapHeight = await w.svgAt(chartBareSvg('map', ctx), MARGIN, top, mapWidth);
  const x = MARGIN + mapWidth + 12;
  const right = WIDTH - mapWidth - 12;
  let y = top + 4;
  doc.setFont('helvetica', 'bold').setFontSize(11).setTextColor(0);
  doc.text(toWinAnsi(ctx.t('exporting.chart.names.mix')), x, y + 10);
  y += 20;
  text.mix.forEach((m, i) => {
    doc.setFont('helvetica', 'normal').setFontSize(9);
    doc.text(toWinAnsi(m.name), x, y + 8);
    doc.text(toWinAnsi(m.label), x + right, y + 8, { align: 'right' });
    // A bar in a grey that gets lighter down the list; the number beside it carries the meaning.
    const grey = BAR_GREYS[i] ?? 200;
    doc.setFillColor(grey, grey, grey).setDrawColor(0).setLineWidth(0.4);
    doc.rect(x, y + 11, Math.max(1, (right * m.percent) / 100), 5, 'FD');
    y += 24;
  });
  y += 4;
  for (const line of w.lines(text.certainty, right, 9)) {
    doc.setFont('helvetica', 'normal').setFontSize(9);
    doc.text(line, x, y + 9);
    y += 12;
  }
  w.y = Math.max(top + mapHeight, y) + 10;

  w.paragraph(text.headings.tensions, { size: 12, bold: true, gap: 3 });
  if (text.tensions.length === 0) w.paragraph(ctx.t('office.summary.noTensions'), { size: 9 });
  text.tensions.forEach((tension, i) => {
    w.paragraph(`${i + 1}. ${tension.title}`, { size: 9.5, bold: true, gap: 0 });
    w.paragraph(tension.pulls, { size: 9, indent: 12, gap: 3 });
  });
  w.y += 4;
  w.paragraph(ctx.t('office.summary.stepsHeading'), { size: 12, bold: true, gap: 3 });
  w.paragraph(text.stepsLead, { size: 9, gap: 3 });
  text.steps.forEach((step, i) => w.paragraph(`${i + 1}. ${step}`, { size: 9.5, gap: 3 }));
  w.y += 4;
  doc
    .setDrawColor(150)
    .setLineWidth(0.5)
    .line(MARGIN, w.y, MARGIN + WIDTH, w.y);
  w.y += 4;
  w.paragraph(text.source, { size: 8, gap: 0 });
}

function ctxTitle(ctx: ExportContext) {
  return ctx.municipality ?? ctx.t('exporting.svg.noMunicipality');
}

function footers(doc: jsPDF, ctx: ExportContext) {
  const pages = doc.getNumberOfPages();
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    doc.setFont('helvetica', 'normal').setFontSize(9).setTextColor(80);
    doc.text(
      toWinAnsi(ctx.t('exporting.pdf.page', { page, pages })),
      PAGE.width - MARGIN,
      PAGE.height - 30,
      { align: 'right' },
    );
    if (ctx.municipality) doc.text(toWinAnsi(ctx.municipality), MARGIN, PAGE.height - 30);
    doc.setTextColor(0);
  }
}

/** The one-page summary on its own. */
export async function buildSummaryPdf(ctx: ExportContext): Promise<Blob> {
  const text = reportText(ctx);
  if (!text) throw new Error('nothing to report');
  const doc = newDoc(ctx, ctx.t('office.summary.title'));
  await writeSummaryPage(new PdfWriter(doc), ctx, text);
  footers(doc, ctx);
  return doc.output('blob');
}

export async function buildPdfReport(ctx: ExportContext): Promise<Blob> {
  const { t, locale, catalogue, assessment } = ctx;
  const result = ctx.result;
  const text = reportText(ctx);
  if (!result || !text) throw new Error('nothing to report');
  const doc = newDoc(ctx, t('exporting.pdf.title'));
  const w = new PdfWriter(doc);
  const notGiven = t('exporting.pdf.notGiven');

  await writeSummaryPage(w, ctx, text);

  // About the answers, then the charts: each SVG carries its own title, legend, versions and method.
  w.newPage();
  w.paragraph(t('exporting.pdf.title'), { size: 22, bold: true, gap: 4 });
  w.paragraph(t('exporting.pdf.subtitle'), { size: 12, gap: 14 });
  const facts: [string, string][] = [
    [t('exporting.pdf.municipality'), ctx.municipality ?? notGiven],
    [t('exporting.pdf.role'), ctx.role ?? notGiven],
    [t('exporting.pdf.date'), ctx.date],
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
    w.paragraph(label, { size: 9, bold: true, gap: 0 });
    w.paragraph(value, { size: 12, gap: 6 });
  }
  if (ctx.desired) w.paragraph(t('exporting.pdf.desiredNote'), { size: 10 });
  await w.svg(chartSvgFile('map', ctx));
  await w.svg(chartSvgFile('mix', ctx));
  if (ctx.desiredResult) await w.svg(chartSvgFile('today-desired', ctx));

  // Dimension table, as text so it can be selected and read aloud.
  w.heading(t('exporting.pdf.dimensionsHeading'));
  const columns = [0, 170, 330, 410];
  w.row(
    columns,
    [
      t('exporting.svg.columns.dimension'),
      t('exporting.svg.columns.leaning'),
      t('exporting.svg.columns.share'),
      t('exporting.svg.columns.answered'),
    ],
    true,
  );
  doc.setDrawColor(120).line(MARGIN, w.y - 4, MARGIN + WIDTH, w.y - 4);
  for (const d of text.dimensions) {
    w.row(columns, [d.dimension, d.leaning, d.share, d.answered], false);
  }

  // What the result means: the narrative without its reflections, which get their own heading.
  w.heading(t('exporting.pdf.narrativeHeading'));
  const narrative = buildNarrative(result, narrativeContextOf(assessment, catalogue));
  for (const item of narrative.filter((i) => i.section !== 'reflection')) {
    w.paragraph(narrativeText(item, ctx));
  }

  w.heading(text.headings.whyHere);
  w.paragraph(text.headings.whyHereIntro, { size: 10 });
  for (const model of text.whyHere) {
    w.ensure(60);
    w.paragraph(model.heading, { size: 11, bold: true, gap: 2 });
    for (const item of model.items) w.paragraph(`• ${item}`, { size: 10, indent: 10, gap: 2 });
    w.y += 4;
  }

  w.heading(text.headings.tensions);
  if (text.tensions.length === 0) w.paragraph(t('office.summary.noTensions'));
  else w.paragraph(text.headings.tensionsIntro, { size: 10 });
  for (const tension of reportText(ctx, { allTensions: true })!.tensions) {
    w.ensure(70);
    w.paragraph(tension.title, { size: 11, bold: true, gap: 2 });
    w.paragraph(tension.explanation, { size: 10, gap: 2 });
    w.paragraph(tension.pulls, { size: 9, gap: 2 });
    w.paragraph(tension.reflection, { size: 10, indent: 12, gap: 8 });
  }

  w.heading(text.headings.reflections);
  w.paragraph(t('office.report.reflectionsLead'), { size: 10 });
  for (const r of text.reflections) w.paragraph(`• ${r}`, { indent: 10, gap: 4 });
  w.paragraph(t('office.summary.stepsHeading'), { size: 11, bold: true, gap: 2 });
  w.paragraph(text.stepsLead, { size: 10 });
  text.steps.forEach((step, i) => w.paragraph(`${i + 1}. ${step}`, { indent: 10, gap: 4 }));

  if (text.gaps.length > 0) {
    w.heading(text.headings.gaps);
    for (const gap of text.gaps) {
      w.ensure(60);
      w.paragraph(gap.heading, { size: 11, bold: true, gap: 2 });
      const [distance, ...rest] = gap.lines;
      w.paragraph(distance!, { size: 10, gap: 2 });
      for (const line of rest) w.paragraph(`• ${line}`, { size: 10, indent: 10, gap: 2 });
      w.y += 4;
    }
  }

  // All answers, dimension by dimension, with comments.
  w.heading(t('exporting.pdf.answersHeading'));
  const questions = scoredQuestions(catalogue);
  for (const dimension of catalogue.dimensions) {
    w.heading(dimension.title[locale], 12);
    for (const q of questions.filter((x) => x.dimension === dimension.id)) {
      w.ensure(40);
      w.paragraph(q.text[locale], { size: 10, bold: true, gap: 1 });
      w.paragraph(answerText(ctx, q.id), { size: 10, indent: 12, gap: 2 });
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
      const answer =
        q.input === 'text'
          ? String(value)
          : ids.map((id) => q.options.find((o) => o.id === id)?.label[locale] ?? id).join(', ');
      w.paragraph(q.text[locale], { size: 10, bold: true, gap: 1 });
      w.paragraph(answer, { size: 10, indent: 12, gap: 6 });
    }
  }

  w.heading(t('exporting.pdf.methodHeading'));
  w.paragraph(t('exporting.pdf.method'), { size: 10 });
  w.paragraph(
    t('exporting.pdf.versions', {
      catalogue: catalogue.version,
      scoring: SCORING_VERSION,
      date: ctx.date,
    }),
    { size: 10 },
  );
  w.paragraph(text.source, { size: 10 });

  footers(doc, ctx);
  return doc.output('blob');
}
