import { jsPDF } from 'jspdf';
import type { GroupAggregate } from '../../domain/aggregation';
import type { Catalogue } from '../../domain/catalogue-schema';
import { scoredQuestions } from '../../domain/catalogue-schema';
import type { LocalizedText } from '../../domain/localized-text';
import type { Locale } from '../../domain/locales';
import { REFERENCE_IDS, type ReferenceId } from '../../domain/references';
import { formatNumber, formatPercent } from '../../i18n/format';
import type { MessageKey } from '../../i18n/messages';
import { pluralKey, type MessageVars, type PluralKey } from '../../i18n/translate';
import { toWinAnsi } from '../../render/pdf-text';
import { MARGIN, PAGE, PdfWriter, WIDTH } from '../../ui/pdf-writer';

/**
 * The workshop's group summary as a PDF, loaded only when asked for (jsPDF is large). Text is real
 * text in the standard Helvetica font; the group map is vector graphics from the same SVG as the
 * download. Participant names appear only inside that SVG, and only when the facilitator turned
 * them on.
 */

const TOP_DISAGREEMENTS = 8;
/** Room kept below a heading, so it never ends a page with its content on the next. */
const KEEP_WITH_HEADING = 60;
const MIX_TABLE = 180;

type T = (key: MessageKey, vars?: MessageVars) => string;

export type GroupPdfInput = {
  t: T;
  locale: Locale;
  catalogue: Catalogue;
  workshopName: string;
  /** Already formatted for the locale. */
  date: string;
  group: GroupAggregate;
  hiddenCount: number;
  /** The group map as a standalone SVG (names only if the facilitator turned them on). */
  mapSvg: string;
  names: Record<ReferenceId, string>;
  roleLabel: (role: string) => string;
  local: (text: LocalizedText) => string;
};

export async function buildGroupPdf(input: GroupPdfInput): Promise<Blob> {
  const { t, locale, group } = input;
  const pct = (v: number) => formatPercent(locale, v);
  const num = (v: number) => formatNumber(locale, v);
  const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: true });
  doc.setProperties({
    title: toWinAnsi(`${t('workshop.exports.report.title')} – ${input.workshopName}`),
    creator: 'Modellkart',
  });
  doc.setLanguage(locale === 'en' ? 'en-GB' : locale);
  const w = new PdfWriter(doc);
  const tn = (base: PluralKey, count: number, vars?: MessageVars) =>
    t(pluralKey(locale, base, count), { count, ...vars });
  const heading = (text: string, keep = KEEP_WITH_HEADING) => {
    w.ensure(keep + 16 * 2.6);
    w.heading(text);
  };

  w.paragraph(t('workshop.exports.report.title'), { size: 12, bold: true, gap: 2 });
  w.paragraph(input.workshopName, { size: 22, bold: true, gap: 6 });
  w.paragraph(t('workshop.exports.report.date', { date: input.date }), { size: 11, gap: 2 });
  w.paragraph(tn('workshop.exports.report.counted', group.counted.length), {
    size: 11,
    gap: input.hiddenCount > 0 ? 2 : 10,
  });
  if (input.hiddenCount > 0) {
    w.paragraph(tn('workshop.exports.report.hidden', input.hiddenCount), { gap: 10 });
  }

  if (group.counted.length > 0) await w.svg(input.mapSvg);

  heading(t('workshop.exports.report.rolesHeading'));
  if (group.roles.length === 0) {
    w.paragraph(t('workshop.exports.report.noRoles', { min: group.minRoleSize }));
  } else {
    for (const role of group.roles) {
      w.paragraph(
        t('workshop.exports.report.role', {
          role: input.roleLabel(role.role),
          count: role.count,
          x: num(role.centre.x),
          y: num(role.centre.y),
        }),
        { gap: 2 },
      );
    }
    w.paragraph(t('workshop.room.roleNote', { min: group.minRoleSize }), { size: 9, gap: 2 });
    if (group.suppressedRoles > 0) {
      w.paragraph(
        tn('workshop.room.suppressed', group.suppressedRoles, { min: group.minRoleSize }),
        {
          size: 9,
        },
      );
    }
  }

  if (group.mix) {
    const stats = group.mix;
    // The heading, its lead and the whole table stay together: it is only six rows.
    heading(t('workshop.mix.heading'), MIX_TABLE);
    w.paragraph(t('workshop.mix.summary'), { size: 10 });
    // Average and lowest–highest, as on the page and the slides: no quartiles a room cannot read.
    const columns = [0, 200, 300];
    w.row(
      columns,
      [t('workshop.mix.model'), t('workshop.mix.mean'), t('workshop.mix.range')],
      true,
    );
    doc.setDrawColor(120).line(MARGIN, w.y - 4, MARGIN + WIDTH, w.y - 4);
    const order = [...REFERENCE_IDS].sort((a, b) => stats[b].mean - stats[a].mean);
    for (const id of order) {
      const s = stats[id];
      w.row(columns, [input.names[id], pct(s.mean), `${pct(s.min)}–${pct(s.max)}`], false);
    }
  }

  if (group.todayDesired) {
    const td = group.todayDesired;
    heading(t('workshop.todayDesired.heading'));
    w.paragraph(
      tn('workshop.todayDesired.body', td.count, {
        fromX: num(td.today.x),
        fromY: num(td.today.y),
        toX: num(td.desired.x),
        toY: num(td.desired.y),
      }),
    );
  }

  const disputed = group.disagreements.filter((d) => d.score > 0).slice(0, TOP_DISAGREEMENTS);
  heading(t('workshop.disagree.heading'));
  if (disputed.length === 0) w.paragraph(t('workshop.disagree.none'));
  else w.paragraph(tn('workshop.exports.report.disagreeCount', disputed.length));
  const questions = new Map(scoredQuestions(input.catalogue).map((q) => [q.id, q]));
  disputed.forEach((d, index) => {
    const question = questions.get(d.questionId);
    if (!question) return;
    w.ensure(40 + d.options.length * 15);
    w.paragraph(`${index + 1}. ${input.local(question.text)}`, { size: 11, bold: true, gap: 1 });
    w.paragraph(
      `${t('workshop.disagree.score', { score: pct(d.score) })} · ${t('workshop.disagree.answers', {
        answered: tn('workshop.counts.answers', d.answered),
        dontKnow: d.dontKnow,
      })}`,
      { size: 9, indent: 12, gap: 3 },
    );
    const labels = new Map(question.options.map((o) => [o.id, input.local(o.label)]));
    for (const o of d.options) {
      w.ensure(15);
      // A small bar, then the option's words and count as text (the bar is only decoration).
      doc.setFillColor(230, 230, 230).rect(MARGIN + 12, w.y + 3, 80, 8, 'F');
      if (o.share > 0)
        doc.setFillColor(0, 114, 178).rect(MARGIN + 12, w.y + 3, 80 * o.share, 8, 'F');
      doc.setFont('helvetica', 'normal').setFontSize(9);
      const text = t('workshop.disagree.option', {
        label: labels.get(o.optionId) ?? o.optionId,
        count: o.count,
        share: pct(o.share),
      });
      const line = (doc.splitTextToSize(toWinAnsi(text), WIDTH - 110) as string[])[0] ?? '';
      doc.text(line, MARGIN + 100, w.y + 10);
      w.y += 14;
    }
    w.y += 6;
  });

  const pages = doc.getNumberOfPages();
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    doc.setFont('helvetica', 'normal').setFontSize(9).setTextColor(80);
    doc.text(
      toWinAnsi(t('workshop.exports.report.page', { page, pages })),
      PAGE.width - MARGIN,
      PAGE.height - 30,
      { align: 'right' },
    );
    doc.text(toWinAnsi(input.workshopName), MARGIN, PAGE.height - 30);
    doc.setTextColor(0);
  }
  return doc.output('blob');
}
