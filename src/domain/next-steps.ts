import type { AnswerFact } from './answer-facts';
import type { Answers } from './assessment-schema';
import type { DimensionId } from './catalogue-schema';
import { GAP_ACTIONS, type ActionId } from './gaps';
import type { ReferenceId } from './references';
import type { ScoreResult } from './scoring';

/** Facts that show a step is already taken: it is not proposed again. */
export const ACTION_DONE_BY: Partial<Record<ActionId, readonly AnswerFact[]>> = {
  'felles-skranke': ['counter-shared'],
  // «We answer the general and refer to a specialist» already is knowing whom to refer to.
  henvisning: ['staff-specialists-refer', 'staff-generalist-and-specialist'],
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

/**
 * Answers that show a step is taken where no fact says so: one print, scan and copy solution
 * already (the catalogue's options carry no fact for it, and its content is fixed per version).
 */
export const ACTION_DONE_BY_ANSWER: Partial<Record<ActionId, Readonly<Answers>[]>> = {
  'print-skann': [
    { 'utskrift-skanning': 'samme-losning-begge-steder' },
    { 'utskrift-skanning': 'felles-i-huset' },
    { 'utskrift-skanning': 'felles-losning' },
  ],
};

export type NextStep = { dimension: DimensionId; action: ActionId };

/**
 * What the steps are, for the sentence that leads into them (insight.nextSteps.<lead>):
 * toward the closest model; toward the next project model after PAC-man; none when only one
 * service is left or the answers are closest to our own baseline «Ingen samorganisering» (the
 * project has no steps toward it, and moving toward it means cooperating less); or nothing left.
 */
export type StepsLead = 'intro' | 'introPacman' | 'introOneService' | 'introBaseline' | 'none';

/** The one step that holds whatever the organisation: who does what, and how people are sent on. */
const FIRST_STEP: NextStep = { dimension: 'skranke', action: 'avklar-ansvar' };

/**
 * The steps the project's report suggests where the answers are furthest from the model they
 * are closest to: the weakest dimensions first, one step each before a second, none the answers
 * show is taken. Nearest PAC-man, the steps lead to the next of the project's models instead,
 * since the project warns against PAC-man. With no innbyggertorg left, or nearest our own
 * baseline, the steps between two services do not apply: only the first step is proposed.
 */
export function nextSteps(
  result: Pick<ScoreResult, 'ranking' | 'dimensions'>,
  facts: ReadonlySet<AnswerFact>,
  count = 3,
  answers: Readonly<Answers> = {},
): { target: ReferenceId; steps: NextStep[]; lead: StepsLead } {
  const closest = result.ranking[0];
  const pacman = closest === 'pac-man';
  const target =
    (pacman
      ? result.ranking.find((id) => id !== 'pac-man' && id !== 'ingen')
      : result.ranking[0]) ?? 'ingen';
  if (ONE_SERVICE_LEFT.some((f) => facts.has(f))) {
    return { target, steps: [FIRST_STEP], lead: 'introOneService' };
  }
  if (target === 'ingen') return { target, steps: [FIRST_STEP], lead: 'introBaseline' };
  const open = (action: ActionId) =>
    !(ACTION_DONE_BY[action] ?? []).some((f) => facts.has(f)) &&
    !(ACTION_DONE_BY_ANSWER[action] ?? []).some((done) =>
      Object.entries(done).every(([q, o]) => answers[q] === o),
    );
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
  const lead: StepsLead = steps.length === 0 ? 'none' : pacman ? 'introPacman' : 'intro';
  return { target, steps, lead };
}
