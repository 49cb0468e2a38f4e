import type { Answers, ContextAnswers } from './assessment-schema';
import type { ReferenceId } from './references';

/** The answer (or, with source 'context', the context answer) is one of `options`. */
export type Clause = {
  question: string;
  options: readonly string[];
  source?: 'answers' | 'context';
};
export type Condition = Clause | { any: readonly Clause[] };

/**
 * A combination of answers that pulls toward different models. Text lives in
 * insight.tensions.<id>.{title,explanation,reflection}: the explanation says what pulls apart,
 * the reflection is the experience from the project's report that fits.
 */
export type TensionRule = {
  id: string;
  /** Every condition must hold. */
  all: readonly Condition[];
  /** The models the combination pulls between. */
  pulls: readonly [ReferenceId, ReferenceId];
};

const separateStaff = ['to-grupper-samme-leder', 'to-grupper-samme-hus', 'helt-atskilt'];
const libraryTakesOver: readonly Clause[] = [
  { question: 'skranke-organisering', options: ['bare-bibliotekets'] },
  { question: 'serviceoppgaver-sted', options: ['biblioteket'] },
  { question: 'digital-veiledning', options: ['biblioteket-overtatt'] },
  { question: 'generalist-spesialist', options: ['bibliotekansatte-alt'] },
  { question: 'ansattgruppe', options: ['bare-bibliotekansatte'] },
];

export const TENSION_RULES: readonly TensionRule[] = [
  {
    // Totalt samarbeid: what sets it apart is one staff group; budgets and agreements follow.
    id: 'felles-skranke-atskilt-drift',
    all: [
      { question: 'skranke-organisering', options: ['en-felles'] },
      {
        any: [
          { question: 'ansattgruppe', options: separateStaff },
          { question: 'budsjett-felles', options: ['hvert-sitt', 'egne-felles-drift'] },
        ],
      },
    ],
    pulls: ['totalt', 'ingen'],
  },
  {
    id: 'en-gruppe-ulike-avtaler',
    all: [
      {
        any: [
          { question: 'ansattgruppe', options: ['en-gruppe'] },
          { question: 'skranke-organisering', options: ['en-felles'] },
        ],
      },
      { question: 'avtaler', options: ['ulike'] },
    ],
    pulls: ['totalt', 'ingen'],
  },
  {
    // Drammen: one leader, but no mutual dependency, so the departments act on their own.
    id: 'felles-ledelse-uten-avhengighet',
    all: [
      { question: 'leder', options: ['en-leder-en-enhet', 'en-leder-to-avdelinger'] },
      {
        any: [
          { question: 'gjensidig-avhengighet', options: ['nei', 'henviser'] },
          { question: 'prosjekter-team', options: ['sjelden'] },
        ],
      },
    ],
    pulls: ['hybrid', 'ingen'],
  },
  {
    id: 'felles-budsjett-uten-felles-mal',
    all: [
      { question: 'budsjett-felles', options: ['en-enhet', 'felles-to-avdelinger'] },
      { question: 'felles-mal', options: ['egne-mal'] },
    ],
    pulls: ['hybrid', 'ingen'],
  },
  {
    // En dør inn: house meetings and shared meeting and lunch rooms make the house one place.
    id: 'samme-hus-uten-moteplasser',
    all: [
      { question: 'lokaler', options: ['samme-lokale', 'samme-hus-egne-lokaler'] },
      { question: 'moteplasser', options: ['nei'] },
    ],
    pulls: ['en-dor-inn', 'ingen'],
  },
  {
    id: 'samme-hus-kjenner-lite',
    all: [
      {
        any: [
          { question: 'lokaler', options: ['samme-lokale', 'samme-hus-egne-lokaler'] },
          { question: 'skranke-organisering', options: ['en-felles', 'egne-samme-bygg'] },
        ],
      },
      { question: 'henvisning', options: ['kjenner-lite'] },
    ],
    pulls: ['en-dor-inn', 'ingen'],
  },
  {
    id: 'felles-skranke-hvert-sitt-sted',
    all: [
      { question: 'skranke-organisering', options: ['en-felles'] },
      { question: 'lokaler', options: ['hvert-sitt-sted', 'mest-hvert-sitt'] },
    ],
    pulls: ['totalt', 'hybrid'],
  },
  {
    // PAC-man elements while a separate innbyggertorg still runs: two directions at once.
    id: 'pac-man-med-eget-innbyggertorg',
    all: [
      { question: 'innbyggertorg-finnes', options: ['egen-tjeneste'] },
      { any: libraryTakesOver },
    ],
    pulls: ['pac-man', 'ingen'],
  },
  {
    // En dør inn suits densely populated places where distances are short.
    id: 'en-dor-inn-spredt-bosetting',
    all: [
      { question: 'befolkning', options: ['spredt'], source: 'context' },
      {
        any: [
          { question: 'flerbrukshus', options: ['mange-tjenester'] },
          { question: 'lokaler', options: ['samme-hus-egne-lokaler'] },
        ],
      },
    ],
    pulls: ['en-dor-inn', 'hybrid'],
  },
];

export type Tension = {
  rule: TensionRule;
  /** The questions whose answers set it off, in rule order (for links back to them). */
  questions: string[];
};

type Inputs = { answers: Answers; context?: ContextAnswers };

function holds(clause: Clause, inputs: Inputs): boolean {
  const value =
    clause.source === 'context'
      ? inputs.context?.[clause.question]
      : inputs.answers[clause.question];
  if (value === undefined) return false;
  return Array.isArray(value)
    ? value.some((v) => clause.options.includes(v))
    : clause.options.includes(value);
}

function clausesOf(condition: Condition): readonly Clause[] {
  return 'any' in condition ? condition.any : [condition];
}

/** The rules the answers set off; «Vet ikke» and missing answers never do. */
export function findTensions(
  inputs: Inputs,
  rules: readonly TensionRule[] = TENSION_RULES,
): Tension[] {
  return rules.flatMap((rule) => {
    const matched: string[] = [];
    for (const condition of rule.all) {
      const hits = clausesOf(condition).filter((c) => holds(c, inputs));
      if (hits.length === 0) return [];
      for (const c of hits) if (c.source !== 'context') matched.push(c.question);
    }
    return [{ rule, questions: [...new Set(matched)] }];
  });
}

/** Every clause of a rule, for checks against the catalogue. */
export function clausesOfRule(rule: TensionRule): Clause[] {
  return rule.all.flatMap((c) => [...clausesOf(c)]);
}
