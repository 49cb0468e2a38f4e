import { factsOf, type AnswerFact } from './answer-facts';
import type { Assessment } from './assessment-schema';
import { CATALOGUE } from './catalogue';
import { scoredQuestions, type Catalogue } from './catalogue-schema';
import type { ReferenceId } from './references';

/** At least one of these facts must hold. */
export type Condition = readonly AnswerFact[];

/**
 * A combination of answers that pulls toward different models, stated as the facts the answers
 * establish (answer-facts.ts), never as option ids. Text lives in
 * insight.tensions.rules.<id>.{title,explanation,reflection}: the explanation says what pulls
 * apart, the reflection is what the project's report says that fits.
 */
export type TensionRule = {
  id: string;
  /** Every condition must hold. */
  all: readonly Condition[];
  /** The models the combination pulls between. */
  pulls: readonly [ReferenceId, ReferenceId];
};

const IN_ONE_BUILDING: Condition = [
  'same-premises',
  'same-building-own-premises',
  'multi-use-house',
];
/** The library alone holds what the innbyggertorg would otherwise hold. */
const LIBRARY_HOLDS: Condition = [
  'counter-library-only',
  'leader-library-only',
  'budget-in-library',
];

export const TENSION_RULES: readonly TensionRule[] = [
  {
    // Totalt samarbeid: what sets it apart is one staff group.
    id: 'felles-skranke-atskilt-drift',
    all: [['counter-shared'], ['staff-separate-groups', 'budget-separate']],
    pulls: ['totalt', 'ingen'],
  },
  {
    // Drammen: one leadership, little mutual dependency, cooperation mostly internal.
    id: 'felles-ledelse-uten-avhengighet',
    all: [
      ['leader-one-unit', 'leader-one-over-both'],
      ['no-mutual-dependency', 'cooperate-internal-only'],
    ],
    pulls: ['hybrid', 'ingen'],
  },
  {
    id: 'felles-budsjett-uten-felles-mal',
    all: [['budget-one-unit', 'budget-shared-two-departments'], ['goals-none-shared']],
    pulls: ['hybrid', 'ingen'],
  },
  {
    // En dør inn: house meetings and shared rooms make the house a professional community.
    id: 'samme-hus-uten-samarbeid',
    all: [IN_ONE_BUILDING, ['cooperate-none']],
    pulls: ['en-dor-inn', 'ingen'],
  },
  {
    id: 'felles-skranke-hvert-sitt-sted',
    all: [['counter-shared'], ['separate-locations']],
    pulls: ['totalt', 'hybrid'],
  },
  {
    // The library holds the innbyggertorg's part while the innbyggertorg still runs.
    id: 'pac-man-med-eget-innbyggertorg',
    all: [['itorg-runs-separately'], LIBRARY_HOLDS],
    pulls: ['pac-man', 'ingen'],
  },
  {
    // En dør inn suits densely populated places where distances are short.
    id: 'en-dor-inn-spredt-bosetting',
    all: [['density-sparse'], ['multi-use-house', 'same-building-own-premises']],
    pulls: ['en-dor-inn', 'hybrid'],
  },
];

export type Tension = {
  rule: TensionRule;
  /** The scored questions whose answers set it off, in rule order (for links back to them). */
  questions: string[];
};

type Inputs = Pick<Assessment, 'answers' | 'context'>;

/** The scored questions whose chosen option declares the fact. */
function questionsStating(fact: AnswerFact, inputs: Inputs, catalogue: Catalogue): string[] {
  return scoredQuestions(catalogue)
    .filter((q) => {
      const chosen = q.options.find((o) => o.id === inputs.answers[q.id]);
      return chosen?.facts?.includes(fact) ?? false;
    })
    .map((q) => q.id);
}

/** The rules the answers set off; «Vet ikke» and missing answers establish no facts. */
export function findTensions(
  inputs: Inputs,
  catalogue: Catalogue = CATALOGUE,
  rules: readonly TensionRule[] = TENSION_RULES,
): Tension[] {
  const facts = factsOf({ ...inputs, comments: {} }, catalogue);
  return rules.flatMap((rule) => {
    const matched: string[] = [];
    for (const condition of rule.all) {
      const hits = condition.filter((f) => facts.has(f));
      if (hits.length === 0) return [];
      for (const fact of hits) matched.push(...questionsStating(fact, inputs, catalogue));
    }
    return [{ rule, questions: [...new Set(matched)] }];
  });
}

/** Facts the rules rely on that no option in the catalogue declares (such a rule can never fire). */
export function undeclaredFacts(
  catalogue: Catalogue,
  rules: readonly TensionRule[] = TENSION_RULES,
): AnswerFact[] {
  const declared = new Set(
    catalogue.questions.flatMap((q) => q.options?.flatMap((o) => o.facts ?? []) ?? []),
  );
  return [...new Set(rules.flatMap((r) => r.all.flat()))].filter((f) => !declared.has(f));
}
