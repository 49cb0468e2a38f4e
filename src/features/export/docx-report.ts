import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { svgSize } from '../../render/chart-svg';
import { svgToPng } from '../../ui/raster';
import { altTextFor, chartSvgFile, chartTitle } from './chart-files';
import type { ExportContext } from './export-context';
import { reportText } from './report-text';

/**
 * A Word document for the saksframlegg, loaded only when asked for (docx is large): the summary,
 * the mix and dimension tables as real tables, the map and the mix as PNG images with alt text,
 * and the sections of the report under Word's own heading styles.
 */

const IMAGE_WIDTH = 600;

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ text, heading: level });
const para = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 } });
const numbered = (text: string, i: number) => new Paragraph({ text: `${i + 1}. ${text}` });

function table(header: string[], rows: string[][]): Table {
  const cell = (text: string, bold: boolean) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c, false)) })),
    ],
  });
}

async function chartImage(ctx: ExportContext, chart: 'map' | 'mix'): Promise<Paragraph> {
  const svg = chartSvgFile(chart, ctx);
  const size = svgSize(svg);
  const png = await svgToPng(svg, 2);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new ImageRun({
        type: 'png',
        data: await png.arrayBuffer(),
        transformation: { width: IMAGE_WIDTH, height: (IMAGE_WIDTH / size.width) * size.height },
        altText: {
          name: chartTitle(chart, ctx),
          title: chartTitle(chart, ctx),
          description: altTextFor(chart, ctx),
        },
      }),
    ],
  });
}

export async function buildDocxReport(ctx: ExportContext): Promise<Blob> {
  const { t } = ctx;
  const text = reportText(ctx, { allTensions: true });
  const summary = reportText(ctx);
  if (!text || !summary) throw new Error('nothing to report');
  const [map, mix] = await Promise.all([chartImage(ctx, 'map'), chartImage(ctx, 'mix')]);

  const children = [
    new Paragraph({ text: t('exporting.pdf.title'), heading: HeadingLevel.TITLE }),
    para(text.meta),
    heading(t('office.summary.title'), HeadingLevel.HEADING_1),
    new Paragraph({ children: [new TextRun({ text: text.headline, bold: true, size: 28 })] }),
    ...(text.closeNote ? [para(text.closeNote)] : []),
    para(text.certainty),
    heading(summary.headings.tensions, HeadingLevel.HEADING_2),
    ...(summary.tensions.length === 0
      ? [para(t('office.summary.noTensions'))]
      : summary.tensions.map((x, i) => numbered(`${x.title} – ${x.pulls}`, i))),
    heading(t('office.summary.stepsHeading'), HeadingLevel.HEADING_2),
    para(text.stepsLead),
    ...text.steps.map(numbered),

    heading(t('exporting.chart.names.map'), HeadingLevel.HEADING_1),
    map,
    heading(t('office.report.mixHeading'), HeadingLevel.HEADING_1),
    mix,
    table(
      [t('office.report.model'), t('office.report.share')],
      text.mix.map((m) => [m.name, m.label]),
    ),
    heading(t('exporting.pdf.dimensionsHeading'), HeadingLevel.HEADING_1),
    table(
      [
        t('exporting.svg.columns.dimension'),
        t('exporting.svg.columns.leaning'),
        t('exporting.svg.columns.share'),
        t('exporting.svg.columns.answered'),
      ],
      text.dimensions.map((d) => [d.dimension, d.leaning, d.share, d.answered]),
    ),

    heading(text.headings.whyHere, HeadingLevel.HEADING_1),
    para(text.headings.whyHereIntro),
    ...text.whyHere.flatMap((m) => [
      heading(m.heading, HeadingLevel.HEADING_2),
      ...m.items.map(bullet),
    ]),

    heading(text.headings.tensions, HeadingLevel.HEADING_1),
    ...(text.tensions.length === 0
      ? [para(t('office.summary.noTensions'))]
      : [
          para(text.headings.tensionsIntro),
          ...text.tensions.flatMap((x) => [
            heading(x.title, HeadingLevel.HEADING_2),
            para(x.explanation),
            para(x.pulls),
            new Paragraph({ children: [new TextRun({ text: x.reflection, italics: true })] }),
          ]),
        ]),

    heading(text.headings.reflections, HeadingLevel.HEADING_1),
    para(t('office.report.reflectionsLead')),
    ...text.reflections.map(bullet),
    heading(t('office.summary.stepsHeading'), HeadingLevel.HEADING_2),
    para(text.stepsLead),
    ...text.steps.map(numbered),

    ...(text.gaps.length === 0
      ? []
      : [
          heading(text.headings.gaps, HeadingLevel.HEADING_1),
          ...text.gaps.flatMap((g) => [
            heading(g.heading, HeadingLevel.HEADING_2),
            para(g.lines[0]!),
            ...g.lines.slice(1).map(bullet),
          ]),
        ]),

    new Paragraph({ children: [new TextRun({ text: text.source, size: 18 })] }),
  ];

  const doc = new Document({
    creator: 'Modellkart',
    title: `${t('exporting.pdf.title')} – ${ctx.municipality ?? ''}`,
    description: text.headline,
    sections: [{ children }],
  });
  return Packer.toBlob(doc);
}
