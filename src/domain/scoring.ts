import type { Answers } from './assessment-schema';
import {
  DONT_KNOW,
  scoredQuestions,
  type Catalogue,
  type DimensionId,
  type Profile,
  type ScoredQuestion,
} from './catalogue-schema';
import type { Reference } from './reference-schema';
import { REFERENCE_IDS, REFERENCES, type ReferenceId } from './references';

/** Stamped on every export; bump it whenever the method in docs/scoring.md changes. */
export const SCORING_VERSION = '2';

/** A share per reference, each 0–1, summing to 1. */
export type Mix = Record<ReferenceId, number>;
export type Point = { x: number; y: number };

/** What one answered question adds to the mix: its normalised profile times its share of the weight. */
export type Contribution = {
  questionId: string;
  dimension: DimensionId;
  optionId: string;
  /** The question's share of the total weight of answered questions (sums to 1). */
  weightShare: number;
  /** Added to each reference's share; all contributions together give the mix. */
  toMix: Mix;
  /** Added to the point; all contributions together give the point. */
  toPoint: Point;
};

export type Certainty = {
  total: number;
  answered: number;
  dontKnow: number;
  unanswered: number;
  /** answered / total, 0–1. */
  share: number;
};

export type CertaintyLevel = 'high' | 'medium' | 'low';

/** Share of questions answered with something other than «Vet ikke», in words. */
export function certaintyLevel(certainty: Pick<Certainty, 'share'>): CertaintyLevel {
  if (certainty.share >= 0.8) return 'high';
  if (certainty.share >= 0.5) return 'medium';
  return 'low';
}

export type DimensionLeaning = {
  dimension: DimensionId;
  mix: Mix | null;
  leaning: ReferenceId | null;
  answered: number;
  total: number;
};

export type ScoreResult = {
  mix: Mix;
  /** Whole percentages that sum to exactly 100. */
  percent: Record<ReferenceId, number>;
  point: Point;
  /** References from the largest share to the smallest. */
  ranking: ReferenceId[];
  dimensions: DimensionLeaning[];
  certainty: Certainty;
  contributions: Contribution[];
};

export function emptyMix(): Mix {
  return { ingen: 0, 'en-dor-inn': 0, hybrid: 0, totalt: 0, 'pac-man': 0 };
}

export function normaliseProfile(profile: Profile): Mix {
  const total = REFERENCE_IDS.reduce((sum, id) => sum + (profile[id] ?? 0), 0);
  const mix = emptyMix();
  for (const id of REFERENCE_IDS) mix[id] = (profile[id] ?? 0) / total;
  return mix;
}

export function pointOfMix(mix: Mix, references: readonly Reference[] = REFERENCES): Point {
  let x = 0;
  let y = 0;
  for (const ref of references) {
    x += mix[ref.id] * ref.position.x;
    y += mix[ref.id] * ref.position.y;
  }
  return { x, y };
}

/** A question's options by id, each with its normalised profile: worked out once per question. */
type PreparedOption = { option: ScoredQuestion['options'][number]; profile: Mix };
const preparedOptions = new WeakMap<ScoredQuestion, Map<string, PreparedOption>>();

function optionsOf(question: ScoredQuestion): Map<string, PreparedOption> {
  let options = preparedOptions.get(question);
  if (!options) {
    options = new Map(
      question.options.map((option) => [
        option.id,
        { option, profile: normaliseProfile(option.profile) },
      ]),
    );
    preparedOptions.set(question, options);
  }
  return options;
}

function chosen(question: ScoredQuestion, answers: Answers): PreparedOption | null {
  const optionId = answers[question.id];
  if (optionId === undefined || optionId === DONT_KNOW) return null;
  return optionsOf(question).get(optionId) ?? null;
}

/** The chosen option of a question, or null for "Vet ikke", no answer or an unknown option. */
export function chosenOption(question: ScoredQuestion, answers: Answers) {
  return chosen(question, answers)?.option ?? null;
}

type Part = { q: ScoredQuestion; prepared: PreparedOption };

/** The answered questions with their chosen options; "Vet ikke" and unanswered have none. */
function answeredParts(questions: readonly ScoredQuestion[], answers: Answers): Part[] {
  const parts: Part[] = [];
  for (const q of questions) {
    const prepared = chosen(q, answers);
    if (prepared) parts.push({ q, prepared });
  }
  return parts;
}

function totalWeight(parts: readonly Part[]): number {
  let total = 0;
  for (const part of parts) total += part.q.weight;
  return total;
}

/**
 * The method in one place: each answered question adds its normalised profile times its share
 * of the answered weight. Every mix (a person's, a dimension's, a group member's) is this sum.
 */
function addShare(mix: Mix, part: Part, weightShare: number): void {
  for (const id of REFERENCE_IDS) mix[id] += part.prepared.profile[id] * weightShare;
}

function mixOfParts(parts: readonly Part[]): Mix | null {
  if (parts.length === 0) return null;
  const total = totalWeight(parts);
  const mix = emptyMix();
  for (const part of parts) addShare(mix, part, part.q.weight / total);
  return mix;
}

/** Each answered question's part of the result; "Vet ikke" and unanswered questions have none. */
export function contributions(
  questions: readonly ScoredQuestion[],
  answers: Answers,
  references: readonly Reference[] = REFERENCES,
): Contribution[] {
  const parts = answeredParts(questions, answers);
  const total = totalWeight(parts);
  return parts.map((part) => {
    const weightShare = part.q.weight / total;
    const toMix = emptyMix();
    addShare(toMix, part, weightShare);
    return {
      questionId: part.q.id,
      dimension: part.q.dimension,
      optionId: part.prepared.option.id,
      weightShare,
      toMix,
      toPoint: pointOfMix(toMix, references),
    };
  });
}

/** The weighted average of the answered options' profiles, or null when nothing is answered. */
export function mixOf(parts: readonly Contribution[]): Mix | null {
  if (parts.length === 0) return null;
  const mix = emptyMix();
  for (const part of parts) for (const id of REFERENCE_IDS) mix[id] += part.toMix[id];
  return mix;
}

/** Whole percentages that sum to 100 (largest remainder), so the labels always add up. */
export function toPercentages(mix: Mix): Record<ReferenceId, number> {
  const raw = REFERENCE_IDS.map((id) => ({ id, value: mix[id] * 100 }));
  const floors = raw.map((r) => ({ ...r, floor: Math.floor(r.value + 1e-9) }));
  let remaining = 100 - floors.reduce((sum, r) => sum + r.floor, 0);
  const byRemainder = [...floors].sort(
    (a, b) =>
      b.value - b.floor - (a.value - a.floor) ||
      REFERENCE_IDS.indexOf(a.id) - REFERENCE_IDS.indexOf(b.id),
  );
  const percent = emptyMix();
  for (const r of floors) percent[r.id] = r.floor;
  for (const r of byRemainder) {
    if (remaining <= 0) break;
    percent[r.id] += 1;
    remaining -= 1;
  }
  return percent;
}

/** References ordered by share; ties keep the catalogue order. */
export function rankMix(mix: Mix): ReferenceId[] {
  return [...REFERENCE_IDS].sort(
    (a, b) => mix[b] - mix[a] || REFERENCE_IDS.indexOf(a) - REFERENCE_IDS.indexOf(b),
  );
}

export function certaintyOf(questions: readonly ScoredQuestion[], answers: Answers): Certainty {
  const total = questions.length;
  let answered = 0;
  let dontKnow = 0;
  for (const q of questions) {
    if (answers[q.id] === DONT_KNOW) dontKnow += 1;
    else if (chosenOption(q, answers)) answered += 1;
  }
  return {
    total,
    answered,
    dontKnow,
    unanswered: total - answered - dontKnow,
    share: total === 0 ? 0 : answered / total,
  };
}

/** The catalogue's scored questions, all and by dimension: worked out once per catalogue. */
const preparedCatalogues = new WeakMap<
  Catalogue,
  { all: ScoredQuestion[]; byDimension: Map<DimensionId, ScoredQuestion[]> }
>();

function questionsOf(catalogue: Catalogue) {
  let prepared = preparedCatalogues.get(catalogue);
  if (!prepared) {
    const all = scoredQuestions(catalogue);
    const byDimension = new Map(
      catalogue.dimensions.map((d) => [d.id, all.filter((q) => q.dimension === d.id)]),
    );
    prepared = { all, byDimension };
    preparedCatalogues.set(catalogue, prepared);
  }
  return prepared;
}

export function dimensionLeanings(catalogue: Catalogue, answers: Answers): DimensionLeaning[] {
  const { byDimension } = questionsOf(catalogue);
  return catalogue.dimensions.map((d) => {
    const inDimension = byDimension.get(d.id) ?? [];
    const parts = answeredParts(inDimension, answers);
    const mix = mixOfParts(parts);
    return {
      dimension: d.id,
      mix,
      leaning: mix ? rankMix(mix)[0]! : null,
      answered: parts.length,
      total: inDimension.length,
    };
  });
}

/** Mix and point only: what a group needs of each participant. */
export type MixScore = { mix: Mix; point: Point; answered: number };

function mixScoreOf(parts: readonly Part[], references: readonly Reference[]): MixScore | null {
  const mix = mixOfParts(parts);
  return mix ? { mix, point: pointOfMix(mix, references), answered: parts.length } : null;
}

/** The mix and point of scoreAssessment, without the extras; null when nothing is answered. */
export function scoreMix(
  catalogue: Catalogue,
  answers: Answers,
  references: readonly Reference[] = REFERENCES,
): MixScore | null {
  return mixScoreOf(answeredParts(questionsOf(catalogue).all, answers), references);
}

/** The whole result for one assessment, or null when no scored question has an answer. */
export function scoreAssessment(
  catalogue: Catalogue,
  answers: Answers,
  references: readonly Reference[] = REFERENCES,
): ScoreResult | null {
  const questions = questionsOf(catalogue).all;
  const score = mixScoreOf(answeredParts(questions, answers), references);
  if (!score) return null;
  return {
    mix: score.mix,
    percent: toPercentages(score.mix),
    point: score.point,
    ranking: rankMix(score.mix),
    dimensions: dimensionLeanings(catalogue, answers),
    certainty: certaintyOf(questions, answers),
    contributions: contributions(questions, answers, references),
  };
}
