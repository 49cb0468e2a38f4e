import { factsOf, type AnswerFact } from './answer-facts';
import type { Assessment } from './assessment-schema';
import {
  contextAnswerFor,
  contextQuestionFor,
  type Catalogue,
  type DimensionId,
} from './catalogue-schema';
import type { LocalizedText } from './localized-text';
import type { ReferenceId } from './references';
import { toPercentages, type ScoreResult } from './scoring';

/** When the two largest shares are closer than this, the result says it is a clear hybrid. */
export const CLOSE_CALL_GAP = 0.1;
/** A second model must have at least this share before its reflections are offered. */
const SECOND_MODEL_SHARE = 0.15;
const MAX_REFLECTIONS = 3;

/** Context answers, read for the narrative only: they never change the score. */
export type NarrativeContext = {
  municipality?: string;
  /** Other services in the same building, as catalogue text. */
  services?: LocalizedText[];
  /** What the answers establish (answer-facts.ts): every sentence about the user rests on them. */
  facts?: ReadonlySet<AnswerFact>;
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
  | 'itorgNever'
  | 'itorgTasksElsewhere'
  | 'itorgLibraryTookOver'
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

/** The answers say the innbyggertorg still runs, or never was: PAC-man's warning would be false. */
export const ITORG_NOT_TAKEN_OVER: readonly AnswerFact[] = [
  'itorg-runs-separately',
  'itorg-merged-with-library',
  'itorg-never',
  'itorg-closed-tasks-elsewhere',
];

/** The answers say there are no longer two services to bring together. */
const ONE_SERVICE_LEFT: readonly AnswerFact[] = [
  'itorg-never',
  'itorg-closed-tasks-elsewhere',
  'itorg-closed-library-took-over',
];

/**
 * Which facts deny which sentences: a sentence is never told to a municipality whose answers
 * establish one of the facts listed for it. The tests hold every generated narrative to this table.
 */
export const DENIED_BY: Partial<Record<NarrativeKey, readonly AnswerFact[]>> = {
  warningPacman: ITORG_NOT_TAKEN_OVER,
  // «Two separate services» and advice for two services are false when only one is left.
  pullIngen: ONE_SERVICE_LEFT,
  'reflection.mutualDependency': [...ONE_SERVICE_LEFT, 'mutual-dependency'],
  'reflection.crossSiteTeams': [
    ...ONE_SERVICE_LEFT,
    'same-premises',
    'same-building-own-premises',
    'cooperate-projects-teams',
  ],
  'reflection.sharedTasks': ONE_SERVICE_LEFT,
  'reflection.workingHours': [...ONE_SERVICE_LEFT, 'hours-harmonised'],
  'reflection.houseMeetings': ['house-meetings'],
  contextDense: ['density-sparse', 'density-mixed'],
  contextDenseOther: ['density-sparse', 'density-mixed'],
  contextSparse: ['density-dense-short-distances', 'density-mixed'],
};

/** What a sentence needs the answers to establish (at least one of the facts). */
export const NEEDS: Partial<Record<NarrativeKey, readonly AnswerFact[]>> = {
  itorgNever: ['itorg-never'],
  itorgTasksElsewhere: ['itorg-closed-tasks-elsewhere'],
  itorgLibraryTookOver: ['itorg-closed-library-took-over'],
  contextDense: ['density-dense-short-distances'],
  contextDenseOther: ['density-dense-short-distances'],
  contextSparse: ['density-sparse'],
};

const REFLECTIONS: Record<ReferenceId, NarrativeKey[]> = {
  totalt: ['reflection.workingHours', 'reflection.independence'],
  'en-dor-inn': ['reflection.houseMeetings', 'reflection.sharedTasks'],
  hybrid: ['reflection.mutualDependency', 'reflection.crossSiteTeams'],
  ingen: ['reflection.sharedTasks', 'reflection.crossSiteTeams'],
  'pac-man': ['reflection.independence', 'reflection.keepService'],
};

/** True when the project's PAC-man warning is true of these answers. */
export function pacmanWarningApplies(
  closest: ReferenceId,
  facts: ReadonlySet<AnswerFact>,
): boolean {
  if (ITORG_NOT_TAKEN_OVER.some((f) => facts.has(f))) return false;
  return facts.has('itorg-closed-library-took-over') || closest === 'pac-man';
}

/**
 * The result told in words, as structured items (message keys and parameters) so that the text
 * follows the user's language. Pure: the same result and context always give the same story.
 * Sentences about the model speak of the model; sentences about the municipality are told only
 * when the facts they rest on hold and no fact denies them (NEEDS, DENIED_BY).
 */
export function buildNarrative(
  result: Pick<ScoreResult, 'mix' | 'ranking' | 'dimensions'>,
  context: NarrativeContext = {},
): NarrativeItem[] {
  const facts = context.facts ?? new Set<AnswerFact>();
  const allowed = (key: NarrativeKey) =>
    !(DENIED_BY[key] ?? []).some((f) => facts.has(f)) &&
    (NEEDS[key] === undefined || NEEDS[key].some((f) => facts.has(f)));
  const items: NarrativeItem[] = [];
  const add = (section: NarrativeSection, key: NarrativeKey, params: NarrativeParams = {}) => {
    if (allowed(key)) items.push({ section, key, params });
  };
  const [closest, second] = result.ranking as [ReferenceId, ReferenceId];
  const municipality = context.municipality?.trim();
  // Whole percentages, so the text says the same number as the chart and the heading.
  const percent = toPercentages(result.mix);
  const shareOf = (id: ReferenceId) => percent[id] / 100;

  if (municipality) {
    add('summary', 'closestNamed', { model: closest, share: shareOf(closest), municipality });
  } else add('summary', 'closest', { model: closest, share: shareOf(closest) });
  add('summary', `meaning.${closest}`, { model: closest });
  if (result.mix[closest] - result.mix[second] < CLOSE_CALL_GAP) {
    add('summary', 'closeCall', { model: closest, second });
  }
  add('summary', 'itorgNever');
  add('summary', 'itorgTasksElsewhere');
  add('summary', 'itorgLibraryTookOver');

  // The mix becomes visible where dimensions lean away from the closest model.
  const pulls = new Map<ReferenceId, DimensionId[]>();
  let leaning = 0;
  for (const d of result.dimensions) {
    if (!d.leaning) continue;
    leaning += 1;
    if (d.leaning === closest) continue;
    pulls.set(d.leaning, [...(pulls.get(d.leaning) ?? []), d.dimension]);
  }
  const pullOrder = result.ranking.filter((id) => pulls.has(id));
  for (const model of pullOrder) {
    const dimensions = pulls.get(model)!;
    if (model === 'ingen' && allowed('pullIngen')) add('elements', 'pullIngen', { dimensions });
    else add('elements', 'pull', { model, dimensions });
  }
  if (pullOrder.length === 0 && leaning >= 2) add('elements', 'pullNone', { model: closest });

  add('example', `example.${closest}`, { model: closest });

  const warned = pacmanWarningApplies(closest, facts);
  if (warned) add('warning', 'warningPacman');

  add('context', closest === 'en-dor-inn' ? 'contextDense' : 'contextDenseOther', {
    model: closest,
  });
  // En dør inn is the model the source ties to short distances; elsewhere sparse settlement says nothing.
  if (closest === 'en-dor-inn' || facts.has('multi-use-house')) {
    add('context', 'contextSparse', { model: closest });
  }
  if (context.services && context.services.length > 0) {
    add('context', 'contextServices', { services: context.services });
  }

  const reflections: NarrativeKey[] = [...REFLECTIONS[closest]];
  if (result.mix[second] >= SECOND_MODEL_SHARE) reflections.push(...REFLECTIONS[second]);
  if (warned || result.mix.totalt >= 0.3) reflections.unshift('reflection.independence');
  if (warned) reflections.unshift('reflection.keepService');
  const chosen = [...new Set(reflections)].filter(allowed).slice(0, MAX_REFLECTIONS - 1);
  for (const key of [...chosen, 'reflection.discuss' as const]) {
    add('reflection', key, { model: closest });
  }
  return items;
}

/** Reads what the narrative uses: the facts the answers establish, and some context answers. */
export function narrativeContextOf(assessment: Assessment, catalogue: Catalogue): NarrativeContext {
  const result: NarrativeContext = { facts: factsOf(assessment, catalogue) };
  const municipality = contextAnswerFor(assessment.context, catalogue, 'municipality');
  if (typeof municipality === 'string' && municipality.trim()) {
    result.municipality = municipality.trim();
  }
  const servicesQuestion = contextQuestionFor(catalogue, 'services');
  const chosen = servicesQuestion ? assessment.context[servicesQuestion.id] : undefined;
  if (servicesQuestion && Array.isArray(chosen)) {
    // «No other services» is an option too; it names no service.
    const services = servicesQuestion.options.filter(
      (o) => chosen.includes(o.id) && o.id !== 'ingen',
    );
    if (services.length > 0) result.services = services.map((o) => o.label);
  }
  return result;
}
