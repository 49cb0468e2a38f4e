import { describe, expect, it } from 'vitest';
import type { AnswerFact } from './answer-facts';
import type { DimensionId } from './catalogue-schema';
import { GAP_ACTIONS } from './gaps';
import { nextSteps } from './next-steps';
import { REFERENCE_IDS, type ReferenceId } from './references';
import { rankMix, type DimensionLeaning, type Mix } from './scoring';

const mix = (weights: Partial<Mix>): Mix => ({
  ...(Object.fromEntries(REFERENCE_IDS.map((id) => [id, 0])) as Mix),
  ...weights,
});

function result(overall: Partial<Mix>, dims: Partial<Record<DimensionId, Partial<Mix>>>) {
  return {
    ranking: rankMix(mix(overall)),
    dimensions: Object.entries(dims).map(([dimension, m]): DimensionLeaning => ({
      dimension: dimension as DimensionId,
      mix: mix(m),
      leaning: rankMix(mix(m))[0] as ReferenceId,
      answered: 1,
      total: 1,
    })),
  };
}

const none = new Set<AnswerFact>();

describe('nextSteps', () => {
  const hybridResult = result(
    { hybrid: 0.6, ingen: 0.4 },
    {
      skranke: { hybrid: 0.9, ingen: 0.1 },
      ledelse: { ingen: 0.8, hybrid: 0.2 },
      samarbeid: { ingen: 0.5, hybrid: 0.5 },
    },
  );

  it('starts with the dimension furthest from the closest model, with that model’s actions', () => {
    const { target, steps } = nextSteps(hybridResult, none);
    expect(target).toBe('hybrid');
    expect(steps[0]).toEqual({ dimension: 'ledelse', action: GAP_ACTIONS.ledelse.hybrid[0] });
    expect(steps[1]).toEqual({ dimension: 'samarbeid', action: GAP_ACTIONS.samarbeid.hybrid[0] });
    expect(steps).toHaveLength(3);
    expect(new Set(steps.map((s) => s.action)).size).toBe(3);
  });

  it('does not propose what the answers show is done', () => {
    const { steps } = nextSteps(hybridResult, new Set<AnswerFact>(['leader-one-over-both']));
    expect(steps.map((s) => s.action)).not.toContain('felles-ledelse');
  });

  it('never leads further towards PAC-man', () => {
    const { target } = nextSteps(
      result({ 'pac-man': 0.5, totalt: 0.3, ingen: 0.2 }, { skranke: { 'pac-man': 1 } }),
      none,
    );
    expect(target).toBe('totalt');
  });

  it('with no innbyggertorg left, proposes only to clarify who answers what, and says why', () => {
    for (const fact of [
      'itorg-never',
      'itorg-closed-tasks-elsewhere',
      'itorg-closed-library-took-over',
    ] as const) {
      const plan = nextSteps(hybridResult, new Set<AnswerFact>([fact]));
      expect(plan.steps).toEqual([{ dimension: 'skranke', action: 'avklar-ansvar' }]);
      expect(plan.lead).toBe('introOneService');
    }
  });

  it('nearest PAC-man, leads to the next of the project’s models, never to our own baseline', () => {
    const plan = nextSteps(
      result(
        { 'pac-man': 0.6, ingen: 0.3, hybrid: 0.1 },
        { skranke: { 'pac-man': 1 }, ledelse: { 'pac-man': 0.5, ingen: 0.5 } },
      ),
      none,
    );
    expect(plan.target).toBe('hybrid');
    expect(plan.lead).toBe('introPacman');
  });

  it('nearest «Ingen samorganisering», proposes no steps toward cooperating less', () => {
    const plan = nextSteps(
      result({ ingen: 0.9, hybrid: 0.1 }, { skranke: { ingen: 0.5, hybrid: 0.5 } }),
      none,
    );
    expect(plan).toEqual({
      target: 'ingen',
      steps: [{ dimension: 'skranke', action: 'avklar-ansvar' }],
      lead: 'introBaseline',
    });
  });

  it('does not propose one print solution to those who have one, nor referral to those who refer', () => {
    const totaltResult = result(
      { totalt: 0.8, 'en-dor-inn': 0.2 },
      {
        digitalt: { totalt: 0.6, 'en-dor-inn': 0.4 },
        skranke: { totalt: 0.7, 'en-dor-inn': 0.3 },
      },
    );
    const plan = nextSteps(
      totaltResult,
      new Set<AnswerFact>(['staff-generalist-and-specialist']),
      3,
      { 'utskrift-skanning': 'felles-i-huset' },
    );
    const actions = plan.steps.map((s) => s.action);
    expect(actions).not.toContain('print-skann');
    expect(actions).not.toContain('henvisning');
    expect(nextSteps(totaltResult, none).steps.map((s) => s.action)).toContain('print-skann');
  });

  it('has nothing to propose when every dimension already matches the model', () => {
    const { steps } = nextSteps(result({ totalt: 1 }, { skranke: { totalt: 1 } }), none);
    expect(steps).toEqual([]);
  });
});
