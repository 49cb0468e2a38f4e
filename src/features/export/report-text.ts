import { DONT_KNOW, scoredQuestions } from '../../domain/catalogue-schema';
import { gapsBetween } from '../../domain/gaps';
import {
  buildNarrative,
  CLOSE_CALL_GAP,
  narrativeContextOf,
  type NarrativeItem,
} from '../../domain/narrative';
import { SCORING_VERSION } from '../../domain/scoring';
import { buildSummary, rankTensions } from '../../domain/summary';
import { toDimensionData } from '../../render/to-dimension-data';
import { toMixData } from '../../render/to-mix-data';
import { whyHere } from '../../domain/why-here';
import { formatList, formatNumber, formatPercent, inSentence } from '../../i18n/format';
import { insight as enInsight } from '../../i18n/en/insight';
import { office as enOffice } from '../../i18n/en/office';
import { results as enResults } from '../../i18n/en/results';
import { insight as nbInsight } from '../../i18n/nb/insight';
import { office as nbOffice } from '../../i18n/nb/office';
import { results as nbResults } from '../../i18n/nb/results';
import { insight as nnInsight } from '../../i18n/nn/insight';
import { office as nnOffice } from '../../i18n/nn/office';
import { results as nnResults } from '../../i18n/nn/results';
import { translate, type MessageVars } from '../../i18n/translate';
import type { ExportContext } from './export-context';

/**
 * Everything the one-page summary and the Office files say, as plain text in the user's language,
 * worked out once from the domain (summary, narrative, why-here, tensions, gaps) so the PDF, the
 * Word document and the slides say the same. The texts of the results page's sections are read
 * from their own message files, so the files use the page's words.
 */

const TEXTS = {
  nb: { results: nbResults, insight: nbInsight, office: nbOffice },
  nn: { results: nnResults, insight: nnInsight, office: nnOffice },
  en: { results: enResults, insight: enInsight, office: enOffice },
};

/** Whyhere lists this many answers per model, as the results page does. */
const PULLS_PER_MODEL = 3;

export type MixLine = { name: string; percent: number; label: string };
export type TensionText = { title: string; explanation: string; pulls: string; reflection: string };

export type ReportText = {
  headline: string;
  closeNote: string | null;
  /** The project's warning against PAC-man, when it is true of these answers (as on the page). */
  warning: string | null;
  mix: MixLine[];
  mixLine: string;
  certainty: string;
  tensions: TensionText[];
  stepsLead: string;
  steps: string[];
  meta: string;
  source: string;
  /** «Hvorfor her?»: per model a heading and the answers that pull most toward it. */
  whyHere: { heading: string; items: string[] }[];
  reflections: string[];
  /** The gap list, when there is a desired state that differs from today. */
  gaps: { heading: string; lines: string[] }[];
  dimensions: { dimension: string; leaning: string; share: string; answered: string }[];
  /** The headings the files use, from the page's own messages. */
  headings: {
    whyHere: string;
    whyHereIntro: string;
    tensions: string;
    tensionsIntro: string;
    reflections: string;
    gaps: string;
    actions: string;
  };
};

export function reportText(
  ctx: ExportContext,
  options: { allTensions?: boolean } = {},
): ReportText | null {
  const { locale, catalogue } = ctx;
  const summary = buildSummary(catalogue, ctx.assessment, ctx.desired);
  if (!summary) return null;
  const tr = (key: string, vars?: MessageVars) => translate(TEXTS[locale], key, vars);
  const { result } = summary;
  const pct = (share: number) => formatPercent(locale, share);
  const name = (id: keyof typeof ctx.names) => ctx.names[id];
  const dimensionTitle = (id: string) =>
    catalogue.dimensions.find((d) => d.id === id)?.title[locale] ?? id;
  const questions = new Map(scoredQuestions(catalogue).map((q) => [q.id, q]));

  const [first, second] = summary.top;
  const headline = second
    ? tr('office.summary.headlineTwo', {
        first: name(first),
        firstShare: pct(result.percent[first] / 100),
        second: name(second),
        secondShare: pct(result.percent[second] / 100),
      })
    : tr('office.summary.headlineOne', {
        first: name(first),
        firstShare: pct(result.percent[first] / 100),
      });

  const mix = toMixData(result).map((r) => ({
    name: name(r.id),
    percent: r.percent,
    label: pct(r.percent / 100),
  }));

  const tensionKey = (id: string, part: string) => `insight.tensions.rules.${id}.${part}`;
  const ranked = options.allTensions ? rankTensions(ctx.assessment, result) : summary.tensions;
  const tensions = ranked.map(({ rule }) => ({
    title: tr(tensionKey(rule.id, 'title')),
    explanation: tr(tensionKey(rule.id, 'explanation')),
    pulls: tr('office.report.tensionPulls', {
      first: name(rule.pulls[0]),
      second: name(rule.pulls[1]),
    }),
    reflection: tr(tensionKey(rule.id, 'reflection')),
  }));

  // The same lead as the results page's «Forslag til neste steg», so both say the same.
  const target = name(summary.target);
  const stepsLead =
    summary.lead === 'stepsDesired'
      ? tr('office.summary.stepsDesired')
      : tr(`insight.nextSteps.${summary.lead}`, { model: target });
  const steps = summary.steps.map((s) =>
    tr('office.summary.step', {
      dimension: dimensionTitle(s.dimension),
      action: tr(`insight.actions.${s.action}`),
    }),
  );

  const whyHereText = whyHere(result.contributions, PULLS_PER_MODEL).map((model) => ({
    heading: tr('insight.whyHere.model', {
      model: name(model.reference),
      share: pct(result.percent[model.reference] / 100),
    }),
    items: model.pulls.map((pull) => {
      const q = questions.get(pull.questionId);
      const option = q?.options.find((o) => o.id === pull.optionId);
      const points = pull.size * 100;
      return tr('office.report.whyHereAnswer', {
        question: q?.text[locale] ?? pull.questionId,
        answer: option?.label[locale] ?? pull.optionId,
        points: formatNumber(locale, points, points < 9.95 ? 1 : 0, true),
      });
    }),
  }));

  const narrative = buildNarrative(result, narrativeContextOf(ctx.assessment, catalogue));
  const warningItem = narrative.find((item) => item.section === 'warning');
  const reflections = narrative
    .filter((item) => item.section === 'reflection')
    .map((item) => narrativeText(item, ctx));

  const gaps =
    ctx.desired === null
      ? []
      : gapsBetween(catalogue, ctx.assessment.answers, ctx.desired.answers)
          .filter((g) => g.towards !== null)
          .map((g) => ({
            heading: dimensionTitle(g.dimension),
            lines: [
              tr('insight.desired.gapDistance', {
                points: formatNumber(locale, (g.distance ?? 0) * 100, 0),
                model: name(g.towards!),
              }),
              ...g.actions.map((a) => tr(`insight.actions.${a}`)),
              ...g.risks.map((r) => tr(`insight.risks.${r}`)),
            ],
          }));

  const dimensions = toDimensionData(result, catalogue).map((d) => ({
    dimension: d.title[locale],
    leaning: d.leaning ? name(d.leaning) : ctx.t('exporting.svg.none'),
    share: d.share === null ? '' : pct(d.share),
    answered: ctx.t('exporting.svg.answeredOf', { answered: d.answered, total: d.total }),
  }));

  return {
    headline,
    closeNote: second
      ? tr('office.summary.closeNote', { points: Math.round(CLOSE_CALL_GAP * 100) })
      : null,
    warning: warningItem ? narrativeText(warningItem, ctx) : null,
    mix,
    mixLine: tr('office.summary.mixLine', {
      list: mix.map((m) => `${m.name} ${m.label}`).join(' · '),
    }),
    certainty: tr('office.summary.certainty', {
      level: tr(`office.summary.levels.${summary.certainty}`),
      answered: result.certainty.answered,
      total: result.certainty.total,
      dontKnow: result.certainty.dontKnow,
    }),
    tensions,
    stepsLead,
    steps,
    meta: tr('office.summary.meta', {
      municipality: ctx.municipality ?? ctx.t('exporting.svg.noMunicipality'),
      date: ctx.date,
      catalogue: catalogue.version,
      scoring: SCORING_VERSION,
    }),
    source: tr('office.summary.source'),
    whyHere: whyHereText,
    reflections,
    gaps,
    dimensions,
    headings: {
      whyHere: tr('insight.whyHere.title'),
      whyHereIntro: tr('insight.whyHere.intro'),
      tensions: tr('insight.tensions.title'),
      tensionsIntro: tr('insight.tensions.intro'),
      reflections: tr('office.report.reflectionsHeading'),
      gaps: tr('office.report.gapsHeading'),
      actions: tr('insight.desired.actions'),
    },
  };
}

/** The results page's narrative, in the same words (its messages are shared i18n files). */
export function narrativeText(item: NarrativeItem, ctx: ExportContext): string {
  const p = item.params;
  const vars: MessageVars = {};
  if (p.model) vars.model = ctx.names[p.model];
  if (p.second) vars.second = ctx.names[p.second];
  if (p.share !== undefined) vars.share = formatPercent(ctx.locale, p.share);
  if (p.municipality) vars.municipality = p.municipality;
  if (p.dimensions) {
    vars.dimensions = formatList(
      ctx.locale,
      p.dimensions.map((id) =>
        inSentence(ctx.catalogue.dimensions.find((d) => d.id === id)?.title[ctx.locale] ?? id),
      ),
    );
  }
  if (p.services)
    vars.services = formatList(
      ctx.locale,
      p.services.map((s) => inSentence(s[ctx.locale])),
    );
  return translate(TEXTS[ctx.locale], `results.narrative.${item.key}`, vars);
}

/** An answer as text, for the answer lists. */
export function answerText(ctx: ExportContext, questionId: string): string {
  const q = scoredQuestions(ctx.catalogue).find((x) => x.id === questionId);
  const chosen = ctx.assessment.answers[questionId];
  if (chosen === undefined) return ctx.t('exporting.csv.unanswered');
  if (chosen === DONT_KNOW) return ctx.t('exporting.csv.dontKnow');
  return q?.options.find((o) => o.id === chosen)?.label[ctx.locale] ?? chosen;
}
