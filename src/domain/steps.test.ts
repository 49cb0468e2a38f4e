import { describe, expect, it } from 'vitest';
import { EMPTY_ASSESSMENT } from './assessment-schema';
import { CATALOGUE } from './catalogue';
import { DIMENSION_IDS, DONT_KNOW, scoredQuestions } from './catalogue-schema';
import { answeredCount, estimatedMinutes, stepOfQuestion, wizardSteps } from './steps';

const steps = wizardSteps(CATALOGUE);

describe('wizardSteps', () => {
  it('has 8 steps: context, then one per dimension in order', () => {
    expect(steps).toHaveLength(8);
    expect(steps[0]?.kind).toBe('context');
    expect(steps.slice(1).map((s) => (s.kind === 'dimension' ? s.dimension : null))).toEqual([
      ...DIMENSION_IDS,
    ]);
  });

  it('puts every question in exactly one step', () => {
    const ids = steps.flatMap((s) => s.questions.map((q) => q.id));
    expect(ids.sort()).toEqual(CATALOGUE.questions.map((q) => q.id).sort());
  });

  it('keeps only scored questions of the step’s dimension in a dimension step', () => {
    for (const step of steps) {
      if (step.kind !== 'dimension') continue;
      expect(step.questions.length).toBeGreaterThan(0);
      for (const q of step.questions) expect(q.dimension).toBe(step.dimension);
    }
  });
});

describe('stepOfQuestion', () => {
  it('finds the context step for a context question', () => {
    expect(stepOfQuestion(CATALOGUE, 'kommune')).toBe(0);
    expect(stepOfQuestion(CATALOGUE, 'andre-tjenester')).toBe(0);
  });

  it('finds the dimension step for every scored question', () => {
    for (const q of scoredQuestions(CATALOGUE)) {
      expect(stepOfQuestion(CATALOGUE, q.id), q.id).toBe(DIMENSION_IDS.indexOf(q.dimension) + 1);
    }
    expect(stepOfQuestion(CATALOGUE, 'skranke-organisering')).toBe(1);
    expect(stepOfQuestion(CATALOGUE, 'hvor-samarbeidet-skjer')).toBe(7);
  });

  it('returns -1 for a question that does not exist', () => {
    expect(stepOfQuestion(CATALOGUE, 'finnes-ikke')).toBe(-1);
  });
});

describe('estimatedMinutes', () => {
  it('matches the start page promise of 10–15 minutes', () => {
    const minutes = estimatedMinutes(CATALOGUE);
    expect(minutes).toBeGreaterThanOrEqual(10);
    expect(minutes).toBeLessThanOrEqual(15);
  });
});

describe('answeredCount', () => {
  it('counts options and «Vet ikke», but not context answers', () => {
    const [first, second] = scoredQuestions(CATALOGUE);
    expect(answeredCount(CATALOGUE, EMPTY_ASSESSMENT)).toBe(0);
    expect(
      answeredCount(CATALOGUE, {
        ...EMPTY_ASSESSMENT,
        answers: { [first!.id]: first!.options[0]!.id, [second!.id]: DONT_KNOW },
        context: { kommune: 'Drammen' },
      }),
    ).toBe(2);
  });
});
