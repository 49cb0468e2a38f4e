import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEST_CATALOGUE } from '../test/test-catalogues';
import type { Answers } from './assessment-schema';
import { CATALOGUE } from './catalogue';
import { DONT_KNOW, scoredQuestions } from './catalogue-schema';
import { archetypeAnswers } from './archetypes';
import { certaintyRange } from './certainty-range';
import { REFERENCE_IDS } from './references';
import { scoreAssessment, type Point } from './scoring';

const questions = scoredQuestions(TEST_CATALOGUE);

/** Every way to answer the unknown questions, scored: the brute-force truth. */
function allCompletions(answers: Answers): Point[] {
  const unknown = questions.filter((q) => !answers[q.id] || answers[q.id] === DONT_KNOW);
  let sets: Answers[] = [answers];
  for (const q of unknown) {
    sets = sets.flatMap((a) => q.options.map((o) => ({ ...a, [q.id]: o.id })));
  }
  return sets.map((a) => scoreAssessment(TEST_CATALOGUE, a)!.point);
}

/** Inside or on a convex polygon given counter-clockwise. */
function inside(polygon: Point[], p: Point, tolerance = 1e-6): boolean {
  return polygon.every((a, i) => {
    const b = polygon[(i + 1) % polygon.length]!;
    return (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x) >= -tolerance;
  });
}

function distanceToPolygon(polygon: Point[], p: Point): number {
  return Math.min(...polygon.map((q) => Math.hypot(q.x - p.x, q.y - p.y)));
}

describe('certaintyRange', () => {
  it('is null when every question has an answer', () => {
    expect(
      certaintyRange(TEST_CATALOGUE, {
        skranke: 'felles',
        ledelse: 'felles',
        bygg: 'samme',
        husmoter: 'ja',
      }),
    ).toBeNull();
  });

  it('spans exactly the points the unknown questions could lead to, plus today’s point', () => {
    const answers = { skranke: 'felles', ledelse: DONT_KNOW };
    const range = certaintyRange(TEST_CATALOGUE, answers)!;
    expect(range.unknown).toEqual(['ledelse', 'bygg', 'husmoter']);
    const completions = allCompletions(answers);
    for (const p of completions) expect(inside(range.polygon, p)).toBe(true);
    const current = scoreAssessment(TEST_CATALOGUE, answers)!.point;
    expect(inside(range.polygon, current)).toBe(true);
    // Each corner is a point some completion (or today's point) really reaches.
    for (const corner of range.polygon) {
      expect(distanceToPolygon([...completions, current], corner)).toBeLessThan(1e-6);
    }
  });

  it('holds for any answers (property)', () => {
    const arb = fc.tuple(
      ...questions.map((q) =>
        fc.option(fc.constantFrom(DONT_KNOW, ...q.options.map((o) => o.id)), { nil: undefined }),
      ),
    );
    fc.assert(
      fc.property(arb, (values) => {
        const answers: Answers = {};
        questions.forEach((q, i) => {
          if (values[i]) answers[q.id] = values[i]!;
        });
        const range = certaintyRange(TEST_CATALOGUE, answers);
        const unknownCount = questions.filter(
          (q) => !answers[q.id] || answers[q.id] === DONT_KNOW,
        ).length;
        if (unknownCount === 0) {
          expect(range).toBeNull();
          return;
        }
        for (const p of allCompletions(answers)) expect(inside(range!.polygon, p)).toBe(true);
        const { box } = range!;
        for (const p of range!.polygon) {
          expect(p.x).toBeGreaterThanOrEqual(box.minX);
          expect(p.y).toBeLessThanOrEqual(box.maxY);
        }
      }),
    );
  });

  // Its speed is measured by `npm run bench`, not asserted here.
  it('covers every archetype when nothing is answered in the shipped catalogue', () => {
    const range = certaintyRange(CATALOGUE, {});
    expect(range).not.toBeNull();
    // The range is of fully answered sets; the PAC-man archetype leaves unanswered the questions
    // that have no PAC-man answer, so it is checked with those set to their first option.
    for (const id of REFERENCE_IDS) {
      const answers = archetypeAnswers(CATALOGUE, id);
      for (const q of scoredQuestions(CATALOGUE)) answers[q.id] ??= q.options[0]!.id;
      const point = scoreAssessment(CATALOGUE, answers)!.point;
      expect(inside(range!.polygon, point), id).toBe(true);
    }
  });
});
