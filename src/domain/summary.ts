import type { Assessment } from './assessment-schema';
import type { Catalogue, DimensionId } from './catalogue-schema';
import { gapsBetween, GAP_ACTIONS, type ActionId } from './gaps';
import { CLOSE_CALL_GAP } from './narrative';
import { certaintyLevel, type CertaintyLevel } from './scoring';
import { nextSteps, type StepsLead } from './next-steps';
import { type ReferenceId } from './references';
import { factsOf } from './answer-facts';
import { scoreAssessment, type ScoreResult } from './scoring';
import { findTensions, type Tension } from './tensions';

/** How many tensions and next steps the one-page summary shows. */
export const SUMMARY_TENSIONS = 3;
export const SUMMARY_STEPS = 3;

export type RankedTension = Tension & {
  /** The share of the answers' total weight held by the questions that set it off, 0–1. */
  weight: number;
};

export type NextStep = {
  action: ActionId;
  dimension: DimensionId;
  /** The model the step moves the dimension toward. */
  towards: ReferenceId;
  /** 'desired': from the gap to the desired state; 'closest': toward today's own model. */
  basis: 'desired' | 'closest';
};

export type Summary = {
  result: ScoreResult;
  /** The closest model, and the second when the two are close (within CLOSE_CALL_GAP). */
  top: [ReferenceId] | [ReferenceId, ReferenceId];
  certainty: CertaintyLevel;
  tensions: RankedTension[];
  /** The model the steps lead toward (never PAC-man). */
  target: ReferenceId;
  steps: NextStep[];
  /** Which sentence leads into the steps (see next-steps.ts); 'stepsDesired' toward the goal. */
  lead: StepsLead | 'stepsDesired';
};

/**
 * Tensions ordered by how much of the result their answers carry (the questions' weight share,
 * as scoring counts it), strongest first; ties keep rule order.
 */
export function rankTensions(
  assessment: Pick<Assessment, 'answers' | 'context'>,
  result: Pick<ScoreResult, 'contributions'>,
): RankedTension[] {
  const weight = new Map(result.contributions.map((c) => [c.questionId, c.weightShare]));
  return findTensions(assessment)
    .map((t) => ({ ...t, weight: t.questions.reduce((sum, q) => sum + (weight.get(q) ?? 0), 0) }))
    .sort((a, b) => b.weight - a.weight);
}

/** Picks distinct actions, first action of each dimension before any second one. */
function pickSteps(
  ordered: { dimension: DimensionId; towards: ReferenceId }[],
  limit: number,
): NextStep[] {
  const steps: NextStep[] = [];
  const used = new Set<ActionId>();
  const longest = Math.max(0, ...ordered.map((o) => GAP_ACTIONS[o.dimension][o.towards].length));
  for (let round = 0; round < longest && steps.length < limit; round++) {
    for (const { dimension, towards } of ordered) {
      const action = GAP_ACTIONS[dimension][towards][round];
      if (!action || used.has(action)) continue;
      used.add(action);
      steps.push({ action, dimension, towards, basis: 'desired' });
      if (steps.length === limit) break;
    }
  }
  return steps;
}

/**
 * Next steps from the project's actions (gaps.ts). With a desired state that differs from today:
 * the dimensions furthest from the goal, toward where each moves. Otherwise the same steps as
 * the results page (next-steps.ts): the weakest dimensions, none the answers show is taken.
 */
export function summarySteps(
  catalogue: Catalogue,
  today: Assessment,
  desired: Assessment | null,
  result: ScoreResult,
  limit = SUMMARY_STEPS,
): { target: ReferenceId; steps: NextStep[]; lead: StepsLead | 'stepsDesired' } {
  if (desired) {
    const gaps = gapsBetween(catalogue, today.answers, desired.answers).filter(
      (g) => g.towards !== null,
    );
    if (gaps.length > 0) {
      const desiredResult = scoreAssessment(catalogue, desired.answers);
      return {
        target: desiredResult?.ranking[0] ?? result.ranking[0]!,
        lead: 'stepsDesired',
        steps: pickSteps(
          gaps.map((g) => ({ dimension: g.dimension, towards: g.towards! })),
          limit,
        ),
      };
    }
  }
  const plan = nextSteps(result, factsOf(today, catalogue), limit, today.answers);
  return {
    target: plan.target,
    lead: plan.lead,
    steps: plan.steps.map((s) => ({ ...s, towards: plan.target, basis: 'closest' })),
  };
}

/** What the one-page summary says, from the same domain functions as the results page; null without answers. */
export function buildSummary(
  catalogue: Catalogue,
  assessment: Assessment,
  desired: Assessment | null = null,
): Summary | null {
  const result = scoreAssessment(catalogue, assessment.answers);
  if (!result) return null;
  const [first, second] = result.ranking as [ReferenceId, ReferenceId];
  const close = result.mix[first] - result.mix[second] < CLOSE_CALL_GAP;
  return {
    result,
    top: close ? [first, second] : [first],
    certainty: certaintyLevel(result.certainty),
    tensions: rankTensions(assessment, result).slice(0, SUMMARY_TENSIONS),
    ...summarySteps(catalogue, assessment, desired, result),
  };
}
