import { describe, expect, it } from 'vitest';
import { archetypeAnswers, mostTypicalOption } from './archetypes';
import { CATALOGUE } from './catalogue';
import { DONT_KNOW, scoredQuestions } from './catalogue-schema';
import { REFERENCE_IDS } from './references';
import { scoreAssessment } from './scoring';

const scored = scoredQuestions(CATALOGUE);

describe('archetypeAnswers', () => {
  it('answers every question that has an answer for the model, with a real option', () => {
    for (const id of REFERENCE_IDS) {
      const answers = archetypeAnswers(CATALOGUE, id);
      const answerable = scored.filter((q) => q.options.some((o) => o.profile[id] > 0));
      expect(Object.keys(answers), id).toEqual(answerable.map((q) => q.id));
      for (const q of answerable) {
        expect(answers[q.id]).not.toBe(DONT_KNOW);
        expect(q.options.map((o) => o.id)).toContain(answers[q.id]);
      }
    }
    // Every model but PAC-man has an answer in every question.
    for (const id of REFERENCE_IDS.filter((r) => r !== 'pac-man')) {
      expect(Object.keys(archetypeAnswers(CATALOGUE, id)).length, id).toBe(scored.length);
    }
  });

  for (const id of ['en-dor-inn', 'hybrid', 'totalt', 'pac-man'] as const) {
    it(`puts ${id} first with at least 60 % for its archetype`, () => {
      const result = scoreAssessment(CATALOGUE, archetypeAnswers(CATALOGUE, id));
      expect(result?.ranking[0]).toBe(id);
      expect(result!.mix[id]).toBeGreaterThanOrEqual(0.6);
      expect(result!.percent[id]).toBeGreaterThanOrEqual(60);
    });

    it(`makes every dimension lean to ${id} for its archetype`, () => {
      const result = scoreAssessment(CATALOGUE, archetypeAnswers(CATALOGUE, id));
      expect(result!.dimensions.map((d) => d.leaning)).toEqual(CATALOGUE.dimensions.map(() => id));
    });
  }

  it('puts «Ingen samorganisering» first for the all-separate answers', () => {
    const result = scoreAssessment(CATALOGUE, archetypeAnswers(CATALOGUE, 'ingen'));
    expect(result?.ranking[0]).toBe('ingen');
    expect(result!.mix.ingen).toBeGreaterThanOrEqual(0.6);
  });

  it('picks the typical answers a reader would expect', () => {
    expect(archetypeAnswers(CATALOGUE, 'totalt')['skranke-organisering']).toBe('en-felles');
    expect(archetypeAnswers(CATALOGUE, 'en-dor-inn')['skranke-organisering']).toBe(
      'egne-samme-bygg',
    );
    expect(archetypeAnswers(CATALOGUE, 'en-dor-inn')['lokaler']).toBe('samme-hus-egne-lokaler');
    expect(archetypeAnswers(CATALOGUE, 'hybrid')['leder']).toBe('en-leder-to-avdelinger');
    expect(archetypeAnswers(CATALOGUE, 'pac-man')['innbyggertorg-finnes']).toBe('lagt-ned');
    expect(archetypeAnswers(CATALOGUE, 'pac-man')['digitale-henvendelser']).toBeUndefined();
    expect(archetypeAnswers(CATALOGUE, 'hybrid')['leder']).toBe('en-leder-to-avdelinger');
    expect(archetypeAnswers(CATALOGUE, 'ingen')['lokaler']).toBe('hvert-sitt-sted');
  });
});

describe('mostTypicalOption', () => {
  const options = [
    { id: 'a', label: { nb: 'a', nn: 'a', en: 'a' }, profile: profile(1, 0, 1, 0, 0) },
    { id: 'b', label: { nb: 'b', nn: 'b', en: 'b' }, profile: profile(0.6, 0, 0, 0, 0) },
    { id: 'c', label: { nb: 'c', nn: 'c', en: 'c' }, profile: profile(0, 0, 0.4, 0, 0) },
  ];

  function profile(ingen: number, enDorInn: number, hybrid: number, totalt: number, pac: number) {
    return { ingen, 'en-dor-inn': enDorInn, hybrid, totalt, 'pac-man': pac };
  }

  it('compares normalised shares, not raw profile numbers', () => {
    // 'a' has the larger raw value for ingen but shares it with hybrid.
    expect(mostTypicalOption(options, 'ingen').id).toBe('b');
    expect(mostTypicalOption(options, 'hybrid').id).toBe('c');
  });

  it('falls back to the first option when none points to the reference', () => {
    expect(mostTypicalOption(options, 'totalt').id).toBe('a');
  });
});
