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

/** The chosen option of a question, or null for "Vet ikke", no answer or an unknown option. */
export function chosenOption(question: ScoredQuestion, answers: Answers) {
  const optionId = answers[question.id];
  if (optionId === undefined || optionId === DONT_KNOW) return null;
  return question.options.find((o) => o.id === optionId) ?? null;
}

/** Each answered question's part of the result; "Vet ikke" and unanswered questions have none. */
export function contributions(
  questions: readonly ScoredQuestion[],
  answers: Answers,
  references: readonly Reference[] = REFERENCES,
): Contribution[] {
  const answered = questions.flatMap((q) => {
    const option = chosenOption(q, answers);
    return option ? [{ q, option }] : [];
  });
  const totalWeight = answered.reduce((sum, { q }) => sum + q.weight, 0);
  return answered.map(({ q, option }) => {
    const weightShare = q.weight / totalWeight;
    const profile = normaliseProfile(option.profile);
    const toMix = emptyMix();
    for (const id of REFERENCE_IDS) toMix[id] = profile[id] * weightShare;
    return {
      questionId: q.id,
      dimension: q.dimension,
      optionId: option.id,
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

export function dimensionLeanings(catalogue: Catalogue, answers: Answers): DimensionLeaning[] {
  const questions = scoredQuestions(catalogue);
  return catalogue.dimensions.map((d) => {
    const inDimension = questions.filter((q) => q.dimension === d.id);
    const parts = contributions(inDimension, answers);
    const mix = mixOf(parts);
    return {
      dimension: d.id,
      mix,
      leaning: mix ? rankMix(mix)[0]! : null,
      answered: parts.length,
      total: inDimension.length,
    };
  });
}

/** The whole result for one assessment, or null when no scored question has an answer. */
export function scoreAssessment(
  catalogue: Catalogue,
  answers: Answers,
  references: readonly Reference[] = REFERENCES,
): ScoreResult | null {
  const questions = scoredQuestions(catalogue);
  const parts = contributions(questions, answers, references);
  const mix = mixOf(parts);
  if (!mix) return null;
  return {
    mix,
    percent: toPercentages(mix),
    point: pointOfMix(mix, references),
    ranking: rankMix(mix),
    dimensions: dimensionLeanings(catalogue, answers),
    certainty: certaintyOf(questions, answers),
    contributions: parts,
  };
}
