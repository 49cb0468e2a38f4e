import { describe, expect, it } from 'vitest';
import { archetypeAnswers } from './archetypes';
import type { Assessment } from './assessment-schema';
import { CATALOGUE } from './catalogue';
import { GAP_ACTIONS } from './gaps';
import { scoreAssessment } from './scoring';
import { buildSummary, nextSteps, rankTensions } from './summary';

const of = (answers: Assessment['answers'], context: Assessment['context'] = {}): Assessment => ({
  answers,
  comments: {},
  context,
});

describe('buildSummary', () => {
  it('is null without answers', () => {
    expect(buildSummary(CATALOGUE, of({}))).toBeNull();
  });

  it('names one model when the closest is clearly ahead', () => {
    const summary = buildSummary(CATALOGUE, of(archetypeAnswers(CATALOGUE, 'totalt')))!;
    expect(summary.top).toEqual(['totalt']);
    expect(summary.certainty).toBe('high');
  });

  it('names the top two when they are within ten points', () => {
    // Half the questions as En dør inn, half as Hybrid: the two are close.
    const door = archetypeAnswers(CATALOGUE, 'en-dor-inn');
    const hybrid = archetypeAnswers(CATALOGUE, 'hybrid');
    const ids = Object.keys(door);
    const answers = Object.fromEntries(
      ids.map((id, i) => [id, i % 2 === 1 ? door[id]! : hybrid[id]!]),
    );
    const summary = buildSummary(CATALOGUE, of(answers))!;
    const { mix, ranking } = summary.result;
    expect(mix[ranking[0]!] - mix[ranking[1]!]).toBeLessThan(0.1);
    expect(summary.top).toEqual([ranking[0], ranking[1]]);
  });
});

describe('rankTensions', () => {
  it('puts the tension whose answers weigh most first', () => {
    const answers = {
      'skranke-organisering': 'en-felles',
      ansattgruppe: 'to-grupper-samme-leder',
      'budsjett-felles': 'hvert-sitt',
      lokaler: 'samme-lokale',
      moteplasser: 'nei',
    };
    const result = scoreAssessment(CATALOGUE, answers)!;
    const ranked = rankTensions(of(answers), result);
    expect(ranked.map((t) => t.rule.id)).toEqual([
      'felles-skranke-atskilt-drift',
      'samme-hus-uten-moteplasser',
    ]);
    // Three of the five answered questions against two.
    expect(ranked[0]!.weight).toBeGreaterThan(ranked[1]!.weight);
  });
});

describe('nextSteps', () => {
  it('takes actions toward the closest model from the dimensions furthest behind it', () => {
    const answers = { ...archetypeAnswers(CATALOGUE, 'totalt') };
    // Leadership and budget answered as «Ingen samorganisering»: the weakest dimensions.
    const ingen = archetypeAnswers(CATALOGUE, 'ingen');
    for (const q of CATALOGUE.questions) {
      if (q.kind === 'scored' && (q.dimension === 'ledelse' || q.dimension === 'budsjett')) {
        answers[q.id] = ingen[q.id]!;
      }
    }
    const result = scoreAssessment(CATALOGUE, answers)!;
    expect(result.ranking[0]).toBe('totalt');
    const steps = nextSteps(CATALOGUE, of(answers), null, result);
    expect(steps.length).toBeGreaterThanOrEqual(2);
    expect(steps.every((s) => s.towards === 'totalt' && s.basis === 'closest')).toBe(true);
    expect(new Set(steps.slice(0, 2).map((s) => s.dimension))).toEqual(
      new Set(['ledelse', 'budsjett']),
    );
    for (const s of steps) expect(GAP_ACTIONS[s.dimension].totalt).toContain(s.action);
    expect(new Set(steps.map((s) => s.action)).size).toBe(steps.length);
  });

  it('suggests nothing for a dimension already as joint and co-located as the model', () => {
    // En dør inn everywhere, but the premises answered as Totalt samarbeid (one shared room).
    const answers = { ...archetypeAnswers(CATALOGUE, 'en-dor-inn'), lokaler: 'samme-lokale' };
    const result = scoreAssessment(CATALOGUE, answers)!;
    expect(result.ranking[0]).toBe('en-dor-inn');
    const steps = nextSteps(CATALOGUE, of(answers), null, result);
    expect(steps.map((s) => s.action)).not.toContain('samlokalisering');
  });

  it('never steers toward PAC-man or the baseline', () => {
    for (const id of ['pac-man', 'ingen'] as const) {
      const answers = archetypeAnswers(CATALOGUE, id);
      const result = scoreAssessment(CATALOGUE, answers)!;
      expect(result.ranking[0]).toBe(id);
      const steps = nextSteps(CATALOGUE, of(answers), null, result);
      // From the baseline there is a way to go; PAC-man already lies beyond every model.
      if (id === 'ingen') expect(steps.length).toBeGreaterThan(0);
      expect(steps.every((s) => s.towards !== 'pac-man' && s.towards !== 'ingen')).toBe(true);
    }
  });

  it('follows the gap to the desired state when there is one', () => {
    const today = of(archetypeAnswers(CATALOGUE, 'ingen'));
    const desired = of(archetypeAnswers(CATALOGUE, 'hybrid'));
    const result = scoreAssessment(CATALOGUE, today.answers)!;
    const steps = nextSteps(CATALOGUE, today, desired, result);
    expect(steps).toHaveLength(3);
    expect(steps.every((s) => s.basis === 'desired')).toBe(true);
    expect(steps.every((s) => s.towards === 'hybrid')).toBe(true);
  });
});
