import { CATALOGUE } from './catalogue';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FACTS_CATALOGUE } from '../test/test-catalogues';
import type { Answers, ContextAnswers } from './assessment-schema';
import { DONT_KNOW, scoredQuestions } from './catalogue-schema';
import { findTensions, TENSION_RULES, undeclaredFacts } from './tensions';

type Case = { answers: Answers; context?: ContextAnswers };

/** For every rule: answers (in the facts test catalogue) that set it off, and close ones that must not. */
const CASES: Record<string, { fires: Case; quiet: Case }> = {
  'felles-skranke-atskilt-drift': {
    fires: { answers: { skranke: 'felles', ansatte: 'to-grupper' } },
    quiet: { answers: { skranke: 'felles', ansatte: 'en-gruppe', budsjett: 'en-enhet' } },
  },
  'felles-ledelse-uten-avhengighet': {
    fires: { answers: { ledelse: 'over-begge', avhengighet: 'nei' } },
    quiet: { answers: { ledelse: 'over-begge', avhengighet: 'ja' } },
  },
  'felles-budsjett-uten-felles-mal': {
    fires: { answers: { budsjett: 'felles-to', mal: 'ingen' } },
    quiet: { answers: { budsjett: 'hvert-sitt', mal: 'ingen' } },
  },
  'samme-hus-uten-samarbeid': {
    fires: { answers: { lokaler: 'flerbrukshus', samarbeid: 'ingen' } },
    quiet: { answers: { lokaler: 'flerbrukshus', samarbeid: 'team' } },
  },
  'felles-skranke-hvert-sitt-sted': {
    fires: { answers: { skranke: 'felles', lokaler: 'hvert-sitt' } },
    quiet: { answers: { skranke: 'felles', lokaler: 'samme-lokale' } },
  },
  'pac-man-med-eget-innbyggertorg': {
    fires: { answers: { innbyggertorg: 'egen', skranke: 'bibliotekets' } },
    // Ordinary library work is no sign of PAC-man: only the library holding the innbyggertorg's part.
    quiet: { answers: { innbyggertorg: 'egen', skranke: 'hver-sin', samarbeid: 'team' } },
  },
  'en-dor-inn-spredt-bosetting': {
    fires: { answers: { lokaler: 'flerbrukshus' }, context: { befolkning: 'c' } },
    quiet: { answers: { lokaler: 'flerbrukshus' }, context: { befolkning: 'a' } },
  },
};

const ids = (c: Case) => findTensions({ context: {}, ...c }, FACTS_CATALOGUE).map((t) => t.rule.id);

describe('tension rules', () => {
  it('have unique ids, two different models and a test case each', () => {
    const all = TENSION_RULES.map((r) => r.id);
    expect(new Set(all).size).toBe(all.length);
    expect(Object.keys(CASES).sort()).toEqual([...all].sort());
    for (const rule of TENSION_RULES) expect(rule.pulls[0]).not.toBe(rule.pulls[1]);
  });

  it('rest only on facts an option can declare', () => {
    expect(undeclaredFacts(FACTS_CATALOGUE)).toEqual([]);
    expect(undeclaredFacts(CATALOGUE)).toEqual([]);
    expect(undeclaredFacts({ ...FACTS_CATALOGUE, questions: [] }).length).toBeGreaterThan(0);
  });

  it.each(Object.entries(CASES))('%s fires on its answers and not on close ones', (id, c) => {
    expect(ids(c.fires)).toContain(id);
    expect(ids(c.quiet)).not.toContain(id);
  });

  it('«Vet ikke» and missing answers never set a rule off', () => {
    const allDontKnow = Object.fromEntries(
      scoredQuestions(FACTS_CATALOGUE).map((q) => [q.id, DONT_KNOW]),
    );
    expect(ids({ answers: allDontKnow })).toEqual([]);
    expect(ids({ answers: {} })).toEqual([]);
  });

  it('never flags PAC-man while the innbyggertorg runs unless the library holds its part', () => {
    const library = ['counter-library-only', 'leader-library-only', 'budget-in-library'];
    const questions = scoredQuestions(FACTS_CATALOGUE);
    const answerArb = fc.record(
      Object.fromEntries(
        questions.map((q) => [q.id, fc.constantFrom(...q.options.map((o) => o.id), DONT_KNOW)]),
      ),
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(answerArb, (answers) => {
        const fired = ids({ answers: answers as Answers }).includes(
          'pac-man-med-eget-innbyggertorg',
        );
        const holds = questions.some((q) =>
          q.options.find((o) => o.id === answers[q.id])?.facts?.some((f) => library.includes(f)),
        );
        expect(fired).toBe(answers.innbyggertorg === 'egen' && holds);
      }),
      { numRuns: 300 },
    );
  });

  it('names the questions behind a tension, for links back to them', () => {
    const [tension] = findTensions(
      {
        answers: { ledelse: 'en-enhet', avhengighet: 'nei', samarbeid: 'internt' },
        context: {},
      },
      FACTS_CATALOGUE,
    );
    expect(tension!.rule.id).toBe('felles-ledelse-uten-avhengighet');
    expect(tension!.questions).toEqual(['ledelse', 'avhengighet', 'samarbeid']);
  });
});
