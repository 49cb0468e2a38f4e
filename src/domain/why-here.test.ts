import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEST_CATALOGUE } from '../test/test-catalogues';
import { CATALOGUE } from './catalogue';
import { DONT_KNOW, scoredQuestions, type Catalogue } from './catalogue-schema';
import { REFERENCE_IDS } from './references';
import { scoreAssessment } from './scoring';
import { whyHere } from './why-here';

/** Any mix of answers, «Vet ikke» and gaps for a catalogue. */
function answersArb(catalogue: Catalogue) {
  const entries = scoredQuestions(catalogue).map((q) =>
    fc.option(fc.constantFrom(DONT_KNOW, ...q.options.map((o) => o.id)), { nil: undefined }),
  );
  return fc.tuple(...entries).map((values) => {
    const answers: Record<string, string> = {};
    scoredQuestions(catalogue).forEach((q, i) => {
      if (values[i] !== undefined) answers[q.id] = values[i]!;
    });
    return answers;
  });
}

describe('contributions add up to the result', () => {
  for (const [name, catalogue] of [
    ['test catalogue', TEST_CATALOGUE],
    ['shipped catalogue', CATALOGUE],
  ] as const) {
    it(`sum to the mix and the point (${name})`, () => {
      fc.assert(
        fc.property(answersArb(catalogue), (answers) => {
          const result = scoreAssessment(catalogue, answers);
          if (!result) return;
          for (const id of REFERENCE_IDS) {
            const sum = result.contributions.reduce((s, c) => s + c.toMix[id], 0);
            expect(sum).toBeCloseTo(result.mix[id], 9);
          }
          const x = result.contributions.reduce((s, c) => s + c.toPoint.x, 0);
          const y = result.contributions.reduce((s, c) => s + c.toPoint.y, 0);
          expect(x).toBeCloseTo(result.point.x, 9);
          expect(y).toBeCloseTo(result.point.y, 9);
        }),
      );
    });

    it(`every model's pulls add up to its share (${name})`, () => {
      fc.assert(
        fc.property(answersArb(catalogue), (answers) => {
          const result = scoreAssessment(catalogue, answers);
          if (!result) return;
          for (const w of whyHere(result.contributions, Infinity)) {
            expect(w.pulls.reduce((s, p) => s + p.size, 0)).toBeCloseTo(w.share, 9);
            expect(w.share).toBeCloseTo(result.mix[w.reference], 12);
          }
        }),
      );
    });
  }
});

describe('whyHere', () => {
  const answers = { skranke: 'felles', ledelse: 'felles', bygg: 'samme', husmoter: 'nei' };
  const result = scoreAssessment(TEST_CATALOGUE, answers)!;

  it('orders models by share and their pulls by size', () => {
    const why = whyHere(result.contributions);
    expect(why.map((w) => w.reference)).toEqual(result.ranking.filter((id) => result.mix[id] > 0));
    // Weights: skranke 2, the rest 1 (total 5). Totalt: 2/5 from the counter, 1/10 from
    // leadership, (1/3)/5 from the building.
    const totalt = why.find((w) => w.reference === 'totalt')!;
    expect(totalt.pulls.map((p) => p.questionId)).toEqual(['skranke', 'ledelse', 'bygg']);
    expect(totalt.pulls[0]!.size).toBeCloseTo(2 / 5);
    expect(totalt.pulls[1]!.size).toBeCloseTo(1 / 10);
    expect(totalt.pulls[2]!.size).toBeCloseTo(1 / 15);
    expect(totalt.pulls[0]).toMatchObject({ optionId: 'felles', dimension: 'skranke' });
  });

  it('leaves out models nothing pulls toward and limits the list', () => {
    const why = whyHere(result.contributions, 1);
    expect(why.map((w) => w.reference)).not.toContain('pac-man');
    for (const w of why) expect(w.pulls.length).toBeLessThanOrEqual(1);
    expect(why.find((w) => w.reference === 'totalt')!.pullCount).toBe(3);
  });

  it('is empty without answers', () => {
    expect(whyHere([])).toEqual([]);
  });
});
