import { describe, expect, it } from 'vitest';
import { archetypeAnswers } from './archetypes';
import type { Assessment } from './assessment-schema';
import { CATALOGUE } from './catalogue';
import { GAP_ACTIONS } from './gaps';
import { scoreAssessment } from './scoring';
import { factsOf } from './answer-facts';
import { nextSteps } from './next-steps';
import { buildSummary, rankTensions, summarySteps, SUMMARY_STEPS } from './summary';

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
      'hvor-samarbeidet-skjer': 'lite-samarbeid',
    };
    const result = scoreAssessment(CATALOGUE, answers)!;
    const ranked = rankTensions(of(answers), result);
    expect(ranked.map((t) => t.rule.id)).toEqual([
      'felles-skranke-atskilt-drift',
      'samme-hus-uten-samarbeid',
    ]);
    // Three questions of weight 2 against two of weight 2 and one of weight 1.
    expect(ranked[0]!.weight).toBeGreaterThan(ranked[1]!.weight);
  });
});

describe('summarySteps', () => {
  it('gives the results page’s steps when there is no desired state', () => {
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
    const { target, steps } = summarySteps(CATALOGUE, of(answers), null, result);
    const page = nextSteps(result, factsOf(of(answers), CATALOGUE), SUMMARY_STEPS);
    expect(target).toBe(page.target);
    expect(steps.map((s) => [s.dimension, s.action])).toEqual(
      page.steps.map((s) => [s.dimension, s.action]),
    );
    expect(steps.length).toBeGreaterThanOrEqual(2);
    expect(steps.every((s) => s.towards === 'totalt' && s.basis === 'closest')).toBe(true);
    for (const s of steps) expect(GAP_ACTIONS[s.dimension].totalt).toContain(s.action);
  });

  it('never steers toward PAC-man', () => {
    const answers = archetypeAnswers(CATALOGUE, 'pac-man');
    const result = scoreAssessment(CATALOGUE, answers)!;
    expect(result.ranking[0]).toBe('pac-man');
    const { target, steps } = summarySteps(CATALOGUE, of(answers), null, result);
    expect(target).not.toBe('pac-man');
    expect(steps.every((s) => s.towards !== 'pac-man')).toBe(true);
  });

  it('follows the gap to the desired state when there is one', () => {
    const today = of(archetypeAnswers(CATALOGUE, 'ingen'));
    const desired = of(archetypeAnswers(CATALOGUE, 'hybrid'));
    const result = scoreAssessment(CATALOGUE, today.answers)!;
    const { target, steps } = summarySteps(CATALOGUE, today, desired, result);
    expect(target).toBe('hybrid');
    expect(steps).toHaveLength(3);
    expect(steps.every((s) => s.basis === 'desired')).toBe(true);
    expect(steps.every((s) => s.towards === 'hybrid')).toBe(true);
  });
});
