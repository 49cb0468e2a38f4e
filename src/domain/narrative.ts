import type { ContextAnswers } from './assessment-schema';
import {
  contextAnswerFor,
  contextQuestionFor,
  type Catalogue,
  type DimensionId,
} from './catalogue-schema';
import type { LocalizedText } from './localized-text';
import type { ReferenceId } from './references';
import { toPercentages, type Certainty, type ScoreResult } from './scoring';

/** From this PAC-man share on, the result carries the project's warning. */
export const PACMAN_WARNING_SHARE = 0.2;
/** When the two largest shares are closer than this, the result says it is a clear hybrid. */
export const CLOSE_CALL_GAP = 0.1;
/** A second model must have at least this share before its reflections are offered. */
const SECOND_MODEL_SHARE = 0.15;
const MAX_REFLECTIONS = 3;

export type CertaintyLevel = 'high' | 'medium' | 'low';

/** Share of questions answered with something other than «Vet ikke», in words. */
export function certaintyLevel(certainty: Pick<Certainty, 'share'>): CertaintyLevel {
  if (certainty.share >= 0.8) return 'high';
  if (certainty.share >= 0.5) return 'medium';
  return 'low';
}

export type Density = 'dense' | 'mixed' | 'sparse';

/** Context answers, read for the narrative only: they never change the score. */
export type NarrativeContext = {
  municipality?: string;
  density?: Density;
  /** Other services in the same building, as catalogue text. */
  services?: LocalizedText[];
};

export type NarrativeSection =
  'summary' | 'elements' | 'example' | 'warning' | 'context' | 'reflection';

type ModelKey<P extends string> = `${P}.${ReferenceId}`;

/** Message keys under results.narrative; the component turns them into text. */
export type NarrativeKey =
  | 'closest'
  | 'closestNamed'
  | ModelKey<'meaning'>
  | 'closeCall'
  | 'pull'
  | 'pullIngen'
  | 'pullNone'
  | ModelKey<'example'>
  | 'warningPacman'
  | 'contextDense'
  | 'contextDenseOther'
  | 'contextSparse'
  | 'contextServices'
  | 'reflection.workingHours'
  | 'reflection.houseMeetings'
  | 'reflection.mutualDependency'
  | 'reflection.crossSiteTeams'
  | 'reflection.sharedTasks'
  | 'reflection.startSmall'
  | 'reflection.independence'
  | 'reflection.keepService'
  | 'reflection.discuss';

export type NarrativeParams = {
  model?: ReferenceId;
  second?: ReferenceId;
  /** A share 0–1, formatted as a percentage by the component. */
  share?: number;
  dimensions?: DimensionId[];
  municipality?: string;
  services?: LocalizedText[];
};

export type NarrativeItem = {
  section: NarrativeSection;
  key: NarrativeKey;
  params: NarrativeParams;
};

const REFLECTIONS: Record<ReferenceId, NarrativeKey[]> = {
  totalt: ['reflection.workingHours', 'reflection.independence'],
  'en-dor-inn': ['reflection.houseMeetings', 'reflection.sharedTasks'],
  hybrid: ['reflection.mutualDependency', 'reflection.crossSiteTeams'],
  ingen: ['reflection.startSmall', 'reflection.sharedTasks'],
  'pac-man': ['reflection.independence', 'reflection.keepService'],
};

/**
 * The result told in words, as structured items (message keys and parameters) so that the text
 * follows the user's language. Pure: the same result and context always give the same story.
 */
export function buildNarrative(
  result: Pick<ScoreResult, 'mix' | 'ranking' | 'dimensions'>,
  context: NarrativeContext = {},
): NarrativeItem[] {
  const items: NarrativeItem[] = [];
  const [closest, second] = result.ranking as [ReferenceId, ReferenceId];
  const municipality = context.municipality?.trim();
  // Whole percentages, so the text says the same number as the chart and the heading.
  const percent = toPercentages(result.mix);
  const shareOf = (id: ReferenceId) => percent[id] / 100;

  items.push(
    municipality
      ? {
          section: 'summary',
          key: 'closestNamed',
          params: { model: closest, share: shareOf(closest), municipality },
        }
      : { section: 'summary', key: 'closest', params: { model: closest, share: shareOf(closest) } },
    { section: 'summary', key: `meaning.${closest}`, params: { model: closest } },
  );
  if (result.mix[closest] - result.mix[second] < CLOSE_CALL_GAP) {
    items.push({ section: 'summary', key: 'closeCall', params: { model: closest, second } });
  }

  // The hybrid becomes visible where dimensions lean away from the closest model.
  const pulls = new Map<ReferenceId, DimensionId[]>();
  for (const d of result.dimensions) {
    if (!d.leaning || d.leaning === closest) continue;
    pulls.set(d.leaning, [...(pulls.get(d.leaning) ?? []), d.dimension]);
  }
  const pullOrder = result.ranking.filter((id) => pulls.has(id));
  for (const model of pullOrder) {
    const dimensions = pulls.get(model)!;
    items.push(
      model === 'ingen'
        ? { section: 'elements', key: 'pullIngen', params: { dimensions } }
        : { section: 'elements', key: 'pull', params: { model, dimensions } },
    );
  }
  if (pullOrder.length === 0) {
    items.push({ section: 'elements', key: 'pullNone', params: { model: closest } });
  }

  items.push({ section: 'example', key: `example.${closest}`, params: { model: closest } });

  const pacman = result.mix['pac-man'];
  const pacmanHigh = pacman >= PACMAN_WARNING_SHARE || closest === 'pac-man';
  if (pacmanHigh) {
    items.push({ section: 'warning', key: 'warningPacman', params: { share: shareOf('pac-man') } });
  }

  if (context.density === 'dense') {
    items.push({
      section: 'context',
      key: closest === 'en-dor-inn' ? 'contextDense' : 'contextDenseOther',
      params: { model: closest },
    });
  } else if (context.density === 'sparse') {
    items.push({ section: 'context', key: 'contextSparse', params: { model: closest } });
  }
  if (context.services && context.services.length > 0) {
    items.push({
      section: 'context',
      key: 'contextServices',
      params: { services: context.services },
    });
  }

  const reflections: NarrativeKey[] = [...REFLECTIONS[closest]];
  if (result.mix[second] >= SECOND_MODEL_SHARE) reflections.push(REFLECTIONS[second][0]!);
  if (pacmanHigh || result.mix.totalt >= 0.3) reflections.unshift('reflection.independence');
  reflections.push('reflection.discuss');
  for (const key of [...new Set(reflections)].slice(0, MAX_REFLECTIONS)) {
    items.push({ section: 'reflection', key, params: { model: closest } });
  }
  return items;
}

/** Reads the context answers the narrative uses from the catalogue's context purposes and facts. */
export function narrativeContextOf(
  context: ContextAnswers,
  catalogue: Catalogue,
): NarrativeContext {
  const result: NarrativeContext = {};
  const municipality = contextAnswerFor(context, catalogue, 'municipality');
  if (typeof municipality === 'string' && municipality.trim()) {
    result.municipality = municipality.trim();
  }
  const densityQuestion = contextQuestionFor(catalogue, 'density');
  const density = densityQuestion?.options.find((o) => o.id === context[densityQuestion.id]);
  if (density?.facts?.includes('density-sparse')) result.density = 'sparse';
  else if (density?.facts?.includes('density-dense-short-distances')) result.density = 'dense';
  else if (density) result.density = 'mixed';
  const servicesQuestion = contextQuestionFor(catalogue, 'services');
  const chosen = servicesQuestion ? context[servicesQuestion.id] : undefined;
  if (servicesQuestion && Array.isArray(chosen)) {
    // «No other services» is an option too; it names no service.
    const services = servicesQuestion.options.filter(
      (o) => chosen.includes(o.id) && o.id !== 'ingen',
    );
    if (services.length > 0) result.services = services.map((o) => o.label);
  }
  return result;
}
