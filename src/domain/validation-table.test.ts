import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { factsOf, type AnswerFact } from './answer-facts';
import type { Answers, ContextAnswers } from './assessment-schema';
import { CATALOGUE } from './catalogue';
import { DONT_KNOW, scoredQuestions } from './catalogue-schema';
import { REFERENCES, type ReferenceId } from './references';
import { scoreAssessment, type Point } from './scoring';

/**
 * Described municipalities, answered as a respondent there would answer catalogue 2.0.0, with
 * the model each must land in (the largest share of the mix) and the facts that must and must
 * not hold. The seed's three examples are answered as the seed describes them. Only Indre
 * Østfold, Krona in Kongsberg and Drammen are real; the others are made up.
 */
type Municipality = {
  name: string;
  answers: Answers;
  context?: ContextAnswers;
  lands: ReferenceId;
  facts?: AnswerFact[];
  notFacts?: AnswerFact[];
};

const TOOK_OVER: AnswerFact = 'itorg-closed-library-took-over';

const TOTALT_CORE: Answers = {
  'innbyggertorg-finnes': 'samlet-med-biblioteket',
  'skranke-organisering': 'en-felles',
  henvisning: 'svarer-selv',
  'budsjett-felles': 'en-enhet',
  leder: 'en-leder-en-enhet',
  lokaler: 'samme-lokale',
  ansattgruppe: 'en-gruppe',
  'generalist-spesialist': 'alle-begge-deler',
  'serviceoppgaver-sted': 'felles-skranke',
  'digital-veiledning': 'felles-skranke',
};

const TABLE: Municipality[] = [
  {
    name: 'Indre Østfold (seed: Totalt samarbeid, working hours not fully harmonised)',
    answers: {
      ...TOTALT_CORE,
      avtaler: 'ulike',
      vaktplan: 'en-vaktplan',
      moteplasser: 'en-arbeidsplass',
    },
    lands: 'totalt',
    facts: ['itorg-merged-with-library', 'counter-shared', 'staff-one-group', 'hours-differ'],
    notFacts: [TOOK_OVER],
  },
  {
    name: 'Krona in Kongsberg (seed: En dør inn in a multi-use building)',
    answers: {
      'innbyggertorg-finnes': 'egen-tjeneste',
      'skranke-organisering': 'egne-samme-bygg',
      henvisning: 'folger-i-huset',
      'budsjett-felles': 'egne-felles-drift',
      leder: 'hver-sin-samme-hus',
      lokaler: 'samme-hus-egne-lokaler',
      flerbrukshus: 'mange-tjenester',
      'generalist-spesialist': 'spesialister-per-tjeneste',
      moteplasser: 'husmoter',
      'ansvar-for-samarbeidet': 'husets-ledergruppe',
    },
    context: { befolkning: 'tett', 'andre-tjenester': ['kino', 'kafe', 'kulturskole'] },
    lands: 'en-dor-inn',
    facts: [
      'multi-use-house',
      'house-meetings',
      'counter-separate',
      'density-dense-short-distances',
    ],
    notFacts: [TOOK_OVER, 'itorg-merged-with-library'],
  },
  {
    name: 'Drammen (seed: Hybrid samarbeid that works more as autonomous departments)',
    answers: {
      'innbyggertorg-finnes': 'egen-tjeneste',
      'skranke-organisering': 'egne-hvert-sted',
      'budsjett-felles': 'felles-to-avdelinger',
      leder: 'en-leder-to-avdelinger',
      lokaler: 'mest-hvert-sitt',
      ansattgruppe: 'to-grupper-samme-leder',
      'gjensidig-avhengighet': 'nei',
      'hvor-samarbeidet-skjer': 'internt',
      'digital-veiledning': 'felles-team',
    },
    lands: 'hybrid',
    facts: [
      'itorg-runs-separately',
      'leader-one-over-both',
      'budget-shared-two-departments',
      'no-mutual-dependency',
      'cooperate-internal-only',
    ],
    notFacts: [TOOK_OVER, 'mutual-dependency'],
  },
  {
    name: 'A merged service inside a kulturhus stays Totalt samarbeid',
    answers: {
      ...TOTALT_CORE,
      leder: 'en-leder-direkte',
      flerbrukshus: 'mange-tjenester',
      moteplasser: 'husmoter',
      arrangementer: 'med-huset',
      utstyr: 'med-huset',
      'utskrift-skanning': 'felles-i-huset',
    },
    context: { 'andre-tjenester': ['kino', 'kafe', 'frivilligsentral', 'utstyrssentral'] },
    lands: 'totalt',
    facts: ['multi-use-house', 'itorg-merged-with-library', 'leader-one-over-both'],
  },
  {
    name: 'A municipality that closed its innbyggertorg and let the library take over (PAC-man)',
    answers: {
      'innbyggertorg-finnes': 'lagt-ned',
      'skranke-organisering': 'bare-bibliotekets',
      'budsjett-felles': 'i-bibliotekets',
      leder: 'biblioteksjefen',
      lokaler: 'bare-biblioteket',
      ansattgruppe: 'bare-bibliotekansatte',
      'digital-veiledning': 'biblioteket-overtatt',
      'digitale-henvendelser': 'andre-i-kommunen',
      'prosjekter-team': 'ingen-partner',
    },
    lands: 'pac-man',
    facts: [
      TOOK_OVER,
      'counter-library-only',
      'leader-library-only',
      'digital-inquiries-elsewhere',
    ],
  },
  {
    name: 'A respondent who only knows the innbyggertorg closed and the library took over',
    answers: { 'innbyggertorg-finnes': 'lagt-ned' },
    lands: 'pac-man',
    facts: [TOOK_OVER],
  },
  {
    name: 'A municipality that never had an innbyggertorg',
    answers: {
      'innbyggertorg-finnes': 'aldri-hatt',
      'digital-veiledning': 'hver-for-seg',
      'utskrift-skanning': 'hver-sin-losning',
      'digitale-henvendelser': 'andre-i-kommunen',
    },
    context: { befolkning: 'spredt' },
    lands: 'ingen',
    facts: ['itorg-never', 'density-sparse'],
    notFacts: [TOOK_OVER],
  },
  {
    name: 'A municipality whose innbyggertorg closed and whose tasks went to NAV and a contact centre',
    answers: {
      'innbyggertorg-finnes': 'lagt-ned-andre-kanaler',
      'serviceoppgaver-sted': 'andre-kanaler',
      'digitale-henvendelser': 'andre-i-kommunen',
      'digital-veiledning': 'hver-for-seg',
    },
    context: { 'andre-tjenester': ['nav'] },
    lands: 'ingen',
    facts: ['itorg-closed-tasks-elsewhere', 'digital-inquiries-elsewhere'],
    notFacts: [TOOK_OVER],
  },
  {
    name: 'Issue 13: the innbyggertorg runs and the library alone does its ordinary work',
    answers: {
      'innbyggertorg-finnes': 'egen-tjeneste',
      'digital-veiledning': 'hver-for-seg',
      'utskrift-skanning': 'hver-sin-losning',
      arrangementer: 'hver-for-seg',
      utstyr: 'hver-for-seg',
      'digitale-henvendelser': 'innbyggertorget-alene',
      flerbrukshus: 'ikke-samme-bygg',
    },
    lands: 'ingen',
    facts: ['itorg-runs-separately', 'separate-locations'],
    notFacts: [TOOK_OVER],
  },
  {
    name: 'Sørdal, a library employee who answers only what they see day to day',
    answers: {
      'innbyggertorg-finnes': 'egen-tjeneste',
      'skranke-organisering': 'egne-hvert-sted',
      henvisning: 'viser-til-annet-sted',
      'digital-veiledning': 'felles-team',
      'prosjekter-team': 'faste-team',
      arrangementer: 'planlagt-pa-tvers',
      'budsjett-felles': DONT_KNOW,
      leder: DONT_KNOW,
    },
    context: { rolle: 'bibliotekansatt' },
    lands: 'hybrid',
    facts: ['cooperate-projects-teams', 'digital-guidance-joint'],
  },
  {
    name: 'Sørdal, the kommunalsjef, who answers budget and leadership',
    answers: {
      'budsjett-felles': 'felles-to-avdelinger',
      'midler-flyttes': 'leder-avgjor',
      leder: 'en-leder-to-avdelinger',
      kommunalomrade: 'samme-sektor-to-avdelinger',
      'felles-mal': 'felles-pa-noen-omrader',
      'ansvar-for-samarbeidet': 'leder-og-team',
    },
    context: { rolle: 'kommunalsjef' },
    lands: 'hybrid',
    facts: ['leader-one-over-both', 'goals-shared-some-areas'],
  },
  {
    name: 'A partial respondent: three answers about a shared building',
    answers: {
      'innbyggertorg-finnes': 'egen-tjeneste',
      'skranke-organisering': 'egne-samme-bygg',
      lokaler: 'samme-hus-egne-lokaler',
    },
    lands: 'en-dor-inn',
    facts: ['same-building-own-premises'],
  },
  {
    name: 'A partial respondent: one shared front desk, «Vet ikke» to the rest of the desk',
    answers: {
      'skranke-organisering': 'en-felles',
      henvisning: DONT_KNOW,
      'innbyggertorg-finnes': DONT_KNOW,
    },
    lands: 'totalt',
    facts: ['counter-shared'],
    notFacts: ['itorg-runs-separately', TOOK_OVER],
  },
  {
    name: 'Co-located, separately led: two services in one small building',
    answers: {
      'innbyggertorg-finnes': 'egen-tjeneste',
      'skranke-organisering': 'egne-samme-bygg',
      lokaler: 'samme-hus-egne-lokaler',
      flerbrukshus: 'bygd-for-felles-tjeneste',
      leder: 'hver-sin',
      'budsjett-felles': 'hvert-sitt',
    },
    lands: 'en-dor-inn',
    facts: ['leaders-separate', 'budget-separate'],
  },
  {
    name: 'Hybrid samarbeid that built in mutual dependency',
    answers: {
      'innbyggertorg-finnes': 'egen-tjeneste',
      'skranke-organisering': 'egne-hvert-sted',
      'budsjett-felles': 'felles-to-avdelinger',
      leder: 'en-leder-to-avdelinger',
      lokaler: 'hvert-sitt-sted',
      'gjensidig-avhengighet': 'pa-avtalte-omrader',
      'prosjekter-team': 'faste-team',
      'felles-mal': 'felles-pa-noen-omrader',
      'digitale-henvendelser': 'innbyggertorget-med-hjelp',
    },
    lands: 'hybrid',
    facts: ['mutual-dependency', 'goals-shared-some-areas'],
    notFacts: ['no-mutual-dependency'],
  },
  {
    name: 'Two services that cooperate on nothing',
    answers: {
      'innbyggertorg-finnes': 'egen-tjeneste',
      'skranke-organisering': 'egne-hvert-sted',
      'budsjett-felles': 'hvert-sitt',
      leder: 'hver-sin',
      lokaler: 'hvert-sitt-sted',
      ansattgruppe: 'helt-atskilt',
      'felles-mal': 'egne-mal',
      'prosjekter-team': 'sjelden',
      'gjensidig-avhengighet': 'nei',
      kompetansedeling: 'lite',
    },
    lands: 'ingen',
    facts: ['goals-none-shared', 'cooperate-none', 'staff-separate-groups'],
  },
  {
    name: 'A merged service whose staff are still on different agreements',
    answers: { ...TOTALT_CORE, avtaler: 'ulike', 'midler-flyttes': 'fritt' },
    lands: 'totalt',
    facts: ['hours-differ'],
  },
];

function nearestAnchor(point: Point): ReferenceId {
  let best = REFERENCES[0]!;
  for (const r of REFERENCES) {
    const d = (r.position.x - point.x) ** 2 + (r.position.y - point.y) ** 2;
    const b = (best.position.x - point.x) ** 2 + (best.position.y - point.y) ** 2;
    if (d < b) best = r;
  }
  return best.id;
}

describe('validation table: described municipalities land where they should', () => {
  it('has at least 15 municipalities', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(15);
  });

  it.each(TABLE.map((m) => [m.name, m] as const))('%s', (_, m) => {
    const questions = new Map(scoredQuestions(CATALOGUE).map((q) => [q.id, q]));
    for (const [q, o] of Object.entries(m.answers)) {
      // A typo in the table must fail, not silently drop an answer.
      expect(
        o === DONT_KNOW || questions.get(q)?.options.some((x) => x.id === o),
        `${q}.${o}`,
      ).toBe(true);
    }
    const result = scoreAssessment(CATALOGUE, m.answers)!;
    expect(result.ranking[0]).toBe(m.lands);
    const facts = factsOf(
      { answers: m.answers, comments: {}, context: m.context ?? {} },
      CATALOGUE,
    );
    for (const f of m.facts ?? []) expect(facts.has(f), f).toBe(true);
    for (const f of m.notFacts ?? []) expect(facts.has(f), f).toBe(false);
    if (!facts.has(TOOK_OVER)) expect(result.mix['pac-man']).toBe(0);
  });
});

/**
 * The bound for PAC-man: its share is exactly the weight share of the answers that say the
 * library took over the innbyggertorg's tasks, so it is 0 for any respondent who does not say so.
 */
describe('PAC-man comes only from answers that say the library took over', () => {
  const scored = scoredQuestions(CATALOGUE);
  const SAFE = ['egen-tjeneste', 'samlet-med-biblioteket', 'aldri-hatt', 'lagt-ned-andre-kanaler'];

  /** Any answers; `consistent` leaves out every option that says the library took over. */
  const answersArb = (consistent: boolean) =>
    fc
      .tuple(
        ...scored.map((q) => {
          const options = q.options
            .filter((o) => !consistent || !o.facts?.includes(TOOK_OVER))
            .map((o) => o.id);
          const pool = q.id === 'innbyggertorg-finnes' && consistent ? SAFE : options;
          return fc.option(fc.constantFrom(...pool, DONT_KNOW), { nil: undefined });
        }),
      )
      .map((chosen) => {
        const answers: Answers = {};
        scored.forEach((q, i) => {
          if (chosen[i] !== undefined) answers[q.id] = chosen[i];
        });
        return answers;
      });

  it('never puts PAC-man first or nearest when the innbyggertorg runs, never existed or its tasks went elsewhere', () => {
    fc.assert(
      fc.property(answersArb(true), fc.constantFrom(...SAFE), (answers, itorg) => {
        const result = scoreAssessment(CATALOGUE, { ...answers, 'innbyggertorg-finnes': itorg })!;
        expect(result.mix['pac-man']).toBe(0);
        expect(result.ranking[0]).not.toBe('pac-man');
        expect(nearestAnchor(result.point)).not.toBe('pac-man');
      }),
      { numRuns: 300 },
    );
  });

  it('gives PAC-man no more than the weight of the answers that say the library took over', () => {
    fc.assert(
      fc.property(answersArb(false), (answers) => {
        const result = scoreAssessment(CATALOGUE, answers);
        if (!result) return;
        const tookOverWeight = result.contributions
          .filter((c) =>
            scored
              .find((q) => q.id === c.questionId)!
              .options.find((o) => o.id === c.optionId)!
              .facts?.includes(TOOK_OVER),
          )
          .reduce((sum, c) => sum + c.weightShare, 0);
        expect(result.mix['pac-man']).toBeLessThanOrEqual(tookOverWeight + 1e-9);
      }),
      { numRuns: 300 },
    );
  });
});
