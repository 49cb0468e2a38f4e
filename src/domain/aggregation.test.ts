import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregateGroup,
  compileScorer,
  convexHull,
  disagreementRanking,
  MIN_GROUP_SIZE,
  quantile,
  spreadOf,
  type GroupParticipant,
} from './aggregation';
import type { Answers } from './assessment-schema';
import { CATALOGUE } from './catalogue';
import {
  catalogueSchema,
  DONT_KNOW,
  scoredQuestions,
  type CatalogueInput,
} from './catalogue-schema';
import { scoreAssessment } from './scoring';

const t = (s: string) => ({ nb: s, nn: s, en: s });
const profile = (id: string) => ({
  ingen: id === 'ingen' ? 1 : 0,
  'en-dor-inn': id === 'en-dor-inn' ? 1 : 0,
  hybrid: id === 'hybrid' ? 1 : 0,
  totalt: id === 'totalt' ? 1 : 0,
  'pac-man': id === 'pac-man' ? 1 : 0,
});

const input: CatalogueInput = {
  version: '1.0.0',
  context: { title: t('Om'), intro: t('Om') },
  dimensions: [{ id: 'skranke', title: t('Skranke'), intro: t('Skranke') }],
  questions: [
    {
      kind: 'scored',
      id: 'q1',
      dimension: 'skranke',
      text: t('Q1'),
      help: t('h'),
      options: [
        { id: 'a', label: t('A'), profile: profile('totalt') },
        { id: 'b', label: t('B'), profile: profile('ingen') },
        { id: 'c', label: t('C'), profile: profile('hybrid') },
      ],
    },
    {
      kind: 'scored',
      id: 'q2',
      dimension: 'skranke',
      text: t('Q2'),
      help: t('h'),
      options: [
        { id: 'a', label: t('A'), profile: profile('en-dor-inn') },
        { id: 'b', label: t('B'), profile: profile('hybrid') },
      ],
    },
  ],
};
const catalogue = catalogueSchema.parse(input);

function person(
  id: string,
  answers: Answers,
  role: string | null = null,
  hidden = false,
): GroupParticipant {
  return { id, label: id, role, hidden, assessment: { answers, comments: {}, context: {} } };
}

describe('aggregateGroup', () => {
  it('puts the centre at the mean of the participants’ points', () => {
    // Totalt (85, 90) and Ingen (5, 5) with the same q2 answer.
    const group = aggregateGroup(catalogue, [
      person('p1', { q1: 'a', q2: 'b' }),
      person('p2', { q1: 'b', q2: 'b' }),
    ]);
    const [a, b] = group.counted.map((r) => r.result!.point);
    expect(group.centre!.x).toBeCloseTo((a!.x + b!.x) / 2);
    expect(group.centre!.y).toBeCloseTo((a!.y + b!.y) / 2);
  });

  it('leaves hidden participants and those without answers out of the group figures', () => {
    const group = aggregateGroup(catalogue, [
      person('p1', { q1: 'a', q2: 'a' }),
      person('p2', { q1: 'b', q2: 'b' }, null, true),
      person('p3', { q1: DONT_KNOW }),
    ]);
    expect(group.participants).toHaveLength(3);
    expect(group.counted.map((r) => r.id)).toEqual(['p1']);
    expect(group.centre).toEqual(group.counted[0]!.result!.point);
    expect(group.participants[2]!.result).toBeNull();
  });

  it('is empty but safe for an empty group', () => {
    const group = aggregateGroup(catalogue, []);
    expect(group.centre).toBeNull();
    expect(group.spread).toBeNull();
    expect(group.mix).toBeNull();
    expect(group.roles).toEqual([]);
    expect(group.todayDesired).toBeNull();
  });

  it(`shows a role only with at least ${MIN_GROUP_SIZE} participants`, () => {
    expect(MIN_GROUP_SIZE).toBe(3);
    const leaders = Array.from({ length: MIN_GROUP_SIZE }, (_, i) =>
      person(`l${i}`, { q1: 'a', q2: 'a' }, 'leder'),
    );
    const staff = Array.from({ length: MIN_GROUP_SIZE - 1 }, (_, i) =>
      person(`s${i}`, { q1: 'b', q2: 'b' }, 'bibliotekansatt'),
    );
    const group = aggregateGroup(catalogue, [...leaders, ...staff]);
    expect(group.roles.map((r) => r.role)).toEqual(['leder']);
    expect(group.roles[0]!.count).toBe(MIN_GROUP_SIZE);
    expect(group.suppressedRoles).toBe(1);
    // A hidden leader drops the role below the threshold.
    const withHidden = aggregateGroup(catalogue, [
      ...leaders.slice(1),
      { ...leaders[0]!, hidden: true },
    ]);
    expect(withHidden.roles).toEqual([]);
  });

  it('gives mean, min–max and quartiles of each model’s share', () => {
    const group = aggregateGroup(catalogue, [
      person('p1', { q1: 'a' }), // totalt 100 %
      person('p2', { q1: 'b' }), // ingen 100 %
      person('p3', { q1: 'a' }),
    ]);
    const totalt = group.mix!.totalt;
    expect(totalt.mean).toBeCloseTo(2 / 3);
    expect(totalt.min).toBe(0);
    expect(totalt.max).toBe(1);
    expect(totalt.median).toBe(1);
    expect(totalt.q1).toBeCloseTo(0.5);
    expect(group.mix!['pac-man'].max).toBe(0);
  });

  it('finds the group’s today and desired centres when participants answered both', () => {
    const p = person('p1', { q1: 'b', q2: 'b' });
    const group = aggregateGroup(catalogue, [
      { ...p, desired: { q1: 'a', q2: 'a' } },
      person('p2', { q1: 'a' }),
    ]);
    expect(group.todayDesired!.count).toBe(1);
    expect(group.todayDesired!.desired.y).toBeGreaterThan(group.todayDesired!.today.y);
  });

  it('keeps the centre inside the bounds of the points (property)', () => {
    const answer = fc.constantFrom('a', 'b', DONT_KNOW);
    fc.assert(
      fc.property(
        fc.array(fc.record({ q1: answer, q2: fc.constantFrom('a', 'b') }), {
          minLength: 1,
          maxLength: 30,
        }),
        (sets) => {
          const group = aggregateGroup(
            catalogue,
            sets.map((answers, i) => person(`p${i}`, answers)),
          );
          const points = group.counted.map((r) => r.result!.point);
          const xs = points.map((p) => p.x);
          const ys = points.map((p) => p.y);
          const eps = 1e-9;
          expect(group.centre!.x).toBeGreaterThanOrEqual(Math.min(...xs) - eps);
          expect(group.centre!.x).toBeLessThanOrEqual(Math.max(...xs) + eps);
          expect(group.centre!.y).toBeGreaterThanOrEqual(Math.min(...ys) - eps);
          expect(group.centre!.y).toBeLessThanOrEqual(Math.max(...ys) + eps);
        },
      ),
    );
  });

  it('never shows a role below the threshold (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            role: fc.constantFrom('leder', 'politiker', 'annen', null),
            hidden: fc.boolean(),
            q1: fc.constantFrom('a', 'b', 'c'),
          }),
          { maxLength: 20 },
        ),
        (rows) => {
          const group = aggregateGroup(
            catalogue,
            rows.map((r, i) => person(`p${i}`, { q1: r.q1 }, r.role, r.hidden)),
          );
          for (const role of group.roles) {
            const visible = rows.filter((r) => r.role === role.role && !r.hidden).length;
            expect(role.count).toBe(visible);
            expect(role.count).toBeGreaterThanOrEqual(MIN_GROUP_SIZE);
          }
        },
      ),
    );
  });

  it('works with the shipped catalogue', () => {
    const q = scoredQuestions(CATALOGUE)[0]!;
    const group = aggregateGroup(CATALOGUE, [person('p1', { [q.id]: q.options[0]!.id })]);
    expect(group.counted).toHaveLength(1);
  });
});

/** Any answers to the shipped catalogue: a real option, «Vet ikke», an unknown id or none. */
const shippedAnswers = fc.record(
  Object.fromEntries(
    scoredQuestions(CATALOGUE).map((q) => [
      q.id,
      fc.constantFrom(...q.options.map((o) => o.id), DONT_KNOW, 'no-such-option'),
    ]),
  ),
  { requiredKeys: [] },
) as fc.Arbitrary<Answers>;

describe('compileScorer', () => {
  it('gives exactly the mix, point and answered count of scoreAssessment on the shipped catalogue (property)', () => {
    const score = compileScorer(CATALOGUE);
    fc.assert(
      fc.property(shippedAnswers, (answers) => {
        const full = scoreAssessment(CATALOGUE, answers);
        const fast = score(answers);
        if (!full) {
          expect(fast).toBeNull();
          return;
        }
        expect(fast).toEqual({
          mix: full.mix,
          point: full.point,
          answered: full.certainty.answered,
        });
      }),
      { numRuns: 300 },
    );
  });

  it('gives a mix that is the sum of the contributions scoreAssessment lists (property)', () => {
    fc.assert(
      fc.property(shippedAnswers, (answers) => {
        const full = scoreAssessment(CATALOGUE, answers);
        if (!full) return;
        for (const [id, share] of Object.entries(full.mix)) {
          const sum = full.contributions.reduce(
            (total, c) => total + c.toMix[id as keyof typeof full.mix],
            0,
          );
          expect(sum).toBeCloseTo(share, 12);
        }
        expect(full.contributions).toHaveLength(full.certainty.answered);
      }),
      { numRuns: 300 },
    );
  });

  it('scores a small catalogue the same way, unknown options ignored (property)', () => {
    const score = compileScorer(catalogue);
    fc.assert(
      fc.property(
        fc.record(
          {
            q1: fc.constantFrom('a', 'b', 'c', DONT_KNOW, 'nonsense'),
            q2: fc.constantFrom('a', 'b', DONT_KNOW),
          },
          { requiredKeys: [] },
        ),
        (answers) => {
          const full = scoreAssessment(catalogue, answers);
          const fast = score(answers);
          if (!full) expect(fast).toBeNull();
          else
            expect(fast).toEqual({
              mix: full.mix,
              point: full.point,
              answered: full.certainty.answered,
            });
        },
      ),
    );
  });
});

describe('disagreementRanking', () => {
  it('ranks the most evenly split question first and ignores «Vet ikke»', () => {
    const ranking = disagreementRanking(catalogue, [
      { q1: 'a', q2: 'a' },
      { q1: 'a', q2: 'b' },
      { q1: 'a', q2: DONT_KNOW },
      { q1: DONT_KNOW },
    ]);
    expect(ranking.map((r) => r.questionId)).toEqual(['q2', 'q1']);
    const q2 = ranking[0]!;
    expect(q2.score).toBeCloseTo(1);
    expect(q2.answered).toBe(2);
    expect(q2.dontKnow).toBe(1);
    expect(q2.options).toEqual([
      { optionId: 'a', count: 1, share: 0.5 },
      { optionId: 'b', count: 1, share: 0.5 },
    ]);
    const q1 = ranking[1]!;
    expect(q1.score).toBe(0);
    expect(q1.minority).toBe(0);
    expect(q1.options.map((o) => o.count)).toEqual([3, 0, 0]);
  });

  it('scores a single opinion as no disagreement', () => {
    const [first] = disagreementRanking(catalogue, [{ q1: 'a' }]);
    expect(first!.score).toBe(0);
  });

  it('keeps scores between 0 and 1 (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            q1: fc.constantFrom('a', 'b', 'c', DONT_KNOW),
            q2: fc.constantFrom('a', 'b'),
          }),
        ),
        (sets) => {
          for (const d of disagreementRanking(catalogue, sets)) {
            expect(d.score).toBeGreaterThanOrEqual(0);
            expect(d.score).toBeLessThanOrEqual(1 + 1e-9);
          }
        },
      ),
    );
  });
});

describe('spread helpers', () => {
  it('finds the convex hull of a square with a point inside', () => {
    const hull = convexHull([
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 10 },
      { x: 0, y: 10 },
      { x: 5, y: 5 },
    ]);
    expect(hull).toHaveLength(4);
    expect(hull).not.toContainEqual({ x: 5, y: 5 });
  });

  it('gives standard deviations and an ellipse around the centre', () => {
    const spread = spreadOf([
      { x: 40, y: 50 },
      { x: 60, y: 50 },
    ])!;
    expect(spread.sd.x).toBeCloseTo(10);
    expect(spread.sd.y).toBeCloseTo(0);
    const xs = spread.ellipse.map((p) => p.x);
    expect(Math.min(...xs)).toBeCloseTo(40);
    expect(Math.max(...xs)).toBeCloseTo(60);
  });

  it('interpolates quantiles', () => {
    expect(quantile([0, 10], 0.25)).toBe(2.5);
    expect(quantile([1, 2, 3], 0.5)).toBe(2);
  });

  // Speed is measured by `npm run bench`, not asserted here.
  it('aggregates 1 000 participants', () => {
    const people = Array.from({ length: 1000 }, (_, i) =>
      person(
        `p${i}`,
        { q1: ['a', 'b', 'c'][i % 3]!, q2: i % 2 ? 'a' : 'b' },
        ['leder', 'annen'][i % 2]!,
      ),
    );
    const group = aggregateGroup(catalogue, people);
    expect(group.counted).toHaveLength(1000);
    expect(group.roles.map((r) => r.role).sort()).toEqual(['annen', 'leder']);
  });
});
