import { describe, expect, it } from 'vitest';
import type { Answers, ContextAnswers } from './assessment-schema';
import { CATALOGUE } from './catalogue';
import { contextQuestions, DONT_KNOW, scoredQuestions } from './catalogue-schema';
import { clausesOfRule, findTensions, TENSION_RULES } from './tensions';

type Case = { answers: Answers; context?: ContextAnswers };

/** For every rule: answers that set it off, and close answers that must not. */
const CASES: Record<string, { fires: Case; quiet: Case }> = {
  'felles-skranke-atskilt-drift': {
    fires: { answers: { 'skranke-organisering': 'en-felles', ansattgruppe: 'helt-atskilt' } },
    quiet: {
      answers: {
        'skranke-organisering': 'en-felles',
        ansattgruppe: 'en-gruppe',
        'budsjett-felles': 'en-enhet',
      },
    },
  },
  'en-gruppe-ulike-avtaler': {
    fires: { answers: { ansattgruppe: 'en-gruppe', avtaler: 'ulike' } },
    quiet: { answers: { ansattgruppe: 'en-gruppe', avtaler: 'harmonisert' } },
  },
  'felles-ledelse-uten-avhengighet': {
    fires: { answers: { leder: 'en-leder-to-avdelinger', 'gjensidig-avhengighet': 'nei' } },
    quiet: {
      answers: { leder: 'en-leder-to-avdelinger', 'gjensidig-avhengighet': 'pa-avtalte-omrader' },
    },
  },
  'felles-budsjett-uten-felles-mal': {
    fires: { answers: { 'budsjett-felles': 'felles-to-avdelinger', 'felles-mal': 'egne-mal' } },
    quiet: { answers: { 'budsjett-felles': 'hvert-sitt', 'felles-mal': 'egne-mal' } },
  },
  'samme-hus-uten-moteplasser': {
    fires: { answers: { lokaler: 'samme-hus-egne-lokaler', moteplasser: 'nei' } },
    quiet: { answers: { lokaler: 'samme-hus-egne-lokaler', moteplasser: 'husmoter' } },
  },
  'samme-hus-kjenner-lite': {
    fires: { answers: { 'skranke-organisering': 'egne-samme-bygg', henvisning: 'kjenner-lite' } },
    quiet: { answers: { 'skranke-organisering': 'egne-hvert-sted', henvisning: 'kjenner-lite' } },
  },
  'felles-skranke-hvert-sitt-sted': {
    fires: { answers: { 'skranke-organisering': 'en-felles', lokaler: 'hvert-sitt-sted' } },
    quiet: { answers: { 'skranke-organisering': 'en-felles', lokaler: 'samme-lokale' } },
  },
  'pac-man-med-eget-innbyggertorg': {
    fires: {
      answers: {
        'innbyggertorg-finnes': 'egen-tjeneste',
        'digital-veiledning': 'biblioteket-overtatt',
      },
    },
    quiet: {
      answers: { 'innbyggertorg-finnes': 'lagt-ned', 'digital-veiledning': 'biblioteket-overtatt' },
    },
  },
  'en-dor-inn-spredt-bosetting': {
    fires: { answers: { flerbrukshus: 'mange-tjenester' }, context: { befolkning: 'spredt' } },
    quiet: { answers: { flerbrukshus: 'mange-tjenester' }, context: { befolkning: 'tett' } },
  },
};

const ids = (c: Case) => findTensions(c).map((t) => t.rule.id);

describe('tension rules', () => {
  it('have unique ids and a test case each', () => {
    const all = TENSION_RULES.map((r) => r.id);
    expect(new Set(all).size).toBe(all.length);
    expect(Object.keys(CASES).sort()).toEqual([...all].sort());
  });

  it.each(TENSION_RULES.map((r) => [r.id, r] as const))(
    '%s refers only to questions and options in the catalogue',
    (_id, rule) => {
      for (const clause of clausesOfRule(rule)) {
        const pool =
          clause.source === 'context' ? contextQuestions(CATALOGUE) : scoredQuestions(CATALOGUE);
        const question = pool.find((q) => q.id === clause.question);
        expect(question, `${rule.id}: question ${clause.question}`).toBeDefined();
        const optionIds = question!.options.map((o) => o.id);
        for (const option of clause.options) {
          expect(optionIds, `${rule.id}: ${clause.question} → ${option}`).toContain(option);
        }
      }
      expect(rule.pulls[0]).not.toBe(rule.pulls[1]);
    },
  );

  it.each(Object.entries(CASES))('%s fires on its answers and not on close ones', (id, c) => {
    expect(ids(c.fires)).toContain(id);
    expect(ids(c.quiet)).not.toContain(id);
  });

  it('«Vet ikke» and missing answers never set a rule off', () => {
    const allDontKnow = Object.fromEntries(
      scoredQuestions(CATALOGUE).map((q) => [q.id, DONT_KNOW]),
    );
    expect(findTensions({ answers: allDontKnow })).toEqual([]);
    expect(findTensions({ answers: {} })).toEqual([]);
  });

  it('names the questions behind a tension, for links back to them', () => {
    const [tension] = findTensions({
      answers: {
        leder: 'en-leder-en-enhet',
        'gjensidig-avhengighet': 'nei',
        'prosjekter-team': 'sjelden',
      },
    });
    expect(tension!.rule.id).toBe('felles-ledelse-uten-avhengighet');
    expect(tension!.questions).toEqual(['leder', 'gjensidig-avhengighet', 'prosjekter-team']);
  });
});
