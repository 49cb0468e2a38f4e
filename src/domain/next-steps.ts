import type { AnswerFact } from './answer-facts';
import type { DimensionId } from './catalogue-schema';
import { GAP_ACTIONS, type ActionId } from './gaps';
import type { ReferenceId } from './references';
import type { ScoreResult } from './scoring';

/** Facts that show a step is already taken: it is not proposed again. */
export const ACTION_DONE_BY: Partial<Record<ActionId, readonly AnswerFact[]>> = {
  'felles-skranke': ['counter-shared'],
  henvisning: ['staff-specialists-refer'],
  'generalist-spesialist': ['staff-generalist-and-specialist'],
  'felles-ansattgruppe': ['staff-one-group'],
  'harmoniser-arbeidstid': ['hours-harmonised'],
  husmoter: ['house-meetings'],
  'felles-rom': ['shared-meeting-lunch-rooms'],
  'prosjekter-team': ['cooperate-projects-teams'],
  'tverrgaende-team': ['cooperate-projects-teams', 'same-premises'],
  'digital-veiledning': ['digital-guidance-joint'],
  'felles-budsjett': ['budget-one-unit', 'budget-shared-two-departments'],
  'felles-ledelse': ['leader-one-unit', 'leader-one-over-both'],
  'gjensidig-avhengighet': ['mutual-dependency'],
  samlokalisering: ['same-premises', 'same-building-own-premises'],
};

/** With no innbyggertorg left, every step between the two services is moot. */
const ONE_SERVICE_LEFT: readonly AnswerFact[] = [
  'itorg-never',
  'itorg-closed-tasks-elsewhere',
  'itorg-closed-library-took-over',
];
const ALWAYS_OPEN: readonly ActionId[] = ['avklar-ansvar'];

export type NextStep = { dimension: DimensionId; action: ActionId };

/**
 * The steps the project's report suggests where the answers are furthest from the model they
 * are closest to: the weakest dimensions first, one step each before a second, none the answers
 * show is taken. Nearest PAC-man, the steps lead to the next model instead, since the project
 * warns against PAC-man.
 */
export function nextSteps(
  result: Pick<ScoreResult, 'ranking' | 'dimensions'>,
  facts: ReadonlySet<AnswerFact>,
  count = 3,
): { target: ReferenceId; steps: NextStep[] } {
  const target = result.ranking.find((id) => id !== 'pac-man') ?? 'ingen';
  const oneService = ONE_SERVICE_LEFT.some((f) => facts.has(f));
  const open = (action: ActionId) =>
    oneService
      ? ALWAYS_OPEN.includes(action)
      : !(ACTION_DONE_BY[action] ?? []).some((f) => facts.has(f));
  const weakest = result.dimensions
    .filter((d) => d.mix !== null)
    .map((d, order) => ({ dimension: d.dimension, gap: 1 - d.mix![target], order }))
    .filter((d) => d.gap > 0)
    .sort((a, b) => b.gap - a.gap || a.order - b.order);
  const queues = weakest.map((d) => ({
    dimension: d.dimension,
    actions: GAP_ACTIONS[d.dimension][target].filter(open),
  }));
  const steps: NextStep[] = [];
  const taken = new Set<ActionId>();
  // One step from each weak dimension in turn, so the steps cover more than one dimension.
  while (steps.length < count) {
    let added = false;
    for (const q of queues) {
      const action = q.actions.find((a) => !taken.has(a));
      if (!action || steps.length >= count) continue;
      taken.add(action);
      steps.push({ dimension: q.dimension, action });
      added = true;
    }
    if (!added) break;
  }
  return { target, steps };
}
