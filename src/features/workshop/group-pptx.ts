import type { GroupAggregate } from '../../domain/aggregation';
import type { Catalogue } from '../../domain/catalogue-schema';
import { scoredQuestions } from '../../domain/catalogue-schema';
import { REFERENCE_COLOURS, svgSize } from '../../render/chart-svg';
import type { LocalizedText } from '../../domain/localized-text';
import type { Locale } from '../../domain/locales';
import { REFERENCE_IDS, type ReferenceId } from '../../domain/references';
import { formatPercent } from '../../i18n/format';
import type { MessageKey } from '../../i18n/messages';
import type { MessageVars, PluralKey } from '../../i18n/translate';
import { buildDeck, pngDataUrl, type DeckSlide } from '../../ui/pptx-deck';
import { svgToPng } from '../../ui/raster';

/** Questions on the disagreement slide, as many as fit legibly. */
const TOP_DISAGREEMENTS = 5;

export type GroupPptxInput = {
  t: (key: MessageKey, vars?: MessageVars) => string;
  tn: (base: PluralKey, count: number, vars?: MessageVars) => string;
  locale: Locale;
  catalogue: Catalogue;
  workshopName: string;
  date: string;
  group: GroupAggregate;
  /** The group map as a standalone SVG (names only if the facilitator turned them on). */
  mapSvg: string;
  names: Record<ReferenceId, string>;
  local: (text: LocalizedText) => string;
};

/**
 * The workshop's group results as slides: title, the group map (image with alt text), the
 * group's mean mix as a native chart, and the questions the group disagrees on most.
 */
export async function buildGroupPptx(input: GroupPptxInput): Promise<Blob> {
  const { t, tn, group, locale } = input;
  const pct = (v: number) => formatPercent(locale, v);
  const counted = tn('workshop.counts.participants', group.counted.length);
  const slides: DeckSlide[] = [
    {
      kind: 'title',
      title: t('office.slides.groupTitle', { name: input.workshopName }),
      subtitle: t('office.slides.title'),
      lines: [t('office.slides.groupCount', { participants: counted, date: input.date })],
    },
  ];
  if (group.counted.length > 0) {
    const size = svgSize(input.mapSvg);
    slides.push({
      kind: 'image',
      title: t('office.slides.groupMap'),
      png: await pngDataUrl(await svgToPng(input.mapSvg, 2)),
      width: size.width,
      height: size.height,
      alt: group.centre
        ? tn('workshop.room.mapSummary', group.counted.length, {
            x: group.centre.x.toFixed(0),
            y: group.centre.y.toFixed(0),
          })
        : t('workshop.room.tooFew'),
    });
  }
  if (group.mix) {
    const stats = group.mix;
    const order = [...REFERENCE_IDS].sort((a, b) => stats[b].mean - stats[a].mean);
    slides.push({
      kind: 'bars',
      title: t('office.slides.groupMix'),
      series: t('office.slides.mixSeries'),
      categories: order.map((id) => input.names[id]),
      values: order.map((id) => Math.round(stats[id].mean * 100)),
      colours: order.map((id) => REFERENCE_COLOURS[id]),
      alt: order.map((id) => `${input.names[id]} ${pct(stats[id].mean)}`).join(', '),
      note: t('workshop.mix.summary'),
    });
  }
  const questions = new Map(scoredQuestions(input.catalogue).map((q) => [q.id, q]));
  const disputed = group.disagreements.filter((d) => d.score > 0).slice(0, TOP_DISAGREEMENTS);
  slides.push({
    kind: 'list',
    title: t('office.slides.groupDisagree'),
    numbered: disputed.length > 0,
    items:
      disputed.length === 0
        ? [t('workshop.disagree.none')]
        : disputed.flatMap((d) => {
            const q = questions.get(d.questionId);
            return q
              ? [
                  `${input.local(q.text)} (${t('workshop.disagree.score', { score: pct(d.score) })})`,
                ]
              : [];
          }),
  });
  return buildDeck(
    {
      title: t('office.slides.groupTitle', { name: input.workshopName }),
      author: 'Modellkart',
      lang: locale === 'en' ? 'en-GB' : locale === 'nn' ? 'nn-NO' : 'nb-NO',
      footer: `${input.workshopName} · ${input.date}`,
    },
    slides,
  );
}
