import { describe, expect, it } from 'vitest';
import { archetypeAnswers } from '../domain/archetypes';
import { CATALOGUE } from '../domain/catalogue';
import { DONT_KNOW, scoredQuestions } from '../domain/catalogue-schema';
import { scoreAssessment } from '../domain/scoring';
import { wizardSteps } from '../domain/steps';
import { toDimensionData } from './to-dimension-data';

describe('toDimensionData', () => {
  it('gives every dimension in catalogue order with its step, leaning and share', () => {
    const result = scoreAssessment(CATALOGUE, archetypeAnswers(CATALOGUE, 'totalt'))!;
    const rows = toDimensionData(result, CATALOGUE);
    expect(rows.map((r) => r.dimension)).toEqual(CATALOGUE.dimensions.map((d) => d.id));
    const steps = wizardSteps(CATALOGUE);
    for (const row of rows) {
      const step = steps[row.stepIndex]!;
      expect(step.kind === 'dimension' && step.dimension).toBe(row.dimension);
      expect(row.answered).toBe(row.total);
      expect(row.share).toBeGreaterThan(0);
    }
    expect(rows.filter((r) => r.leaning === 'totalt').length).toBeGreaterThan(rows.length / 2);
  });

  it('has no leaning for a dimension answered only with «Vet ikke»', () => {
    const first = CATALOGUE.dimensions[0]!.id;
    const answers = archetypeAnswers(CATALOGUE, 'hybrid');
    for (const q of scoredQuestions(CATALOGUE).filter((q) => q.dimension === first)) {
      answers[q.id] = DONT_KNOW;
    }
    const rows = toDimensionData(scoreAssessment(CATALOGUE, answers)!, CATALOGUE);
    expect(rows[0]).toMatchObject({ dimension: first, leaning: null, share: null, answered: 0 });
  });
});
