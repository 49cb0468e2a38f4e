import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from './assessment-schema';
import { CATALOGUE } from './catalogue';
import {
  DIMENSION_IDS,
  DONT_KNOW,
  catalogueSchema,
  scoredQuestions,
  type Catalogue,
  type CatalogueInput,
  type ScoredQuestion,
} from './catalogue-schema';
import { REFERENCES, REFERENCE_IDS, referenceById, type ReferenceId } from './references';
import {
  certaintyLevel,
  certaintyOf,
  contributions,
  dimensionLeanings,
  normaliseProfile,
  pointOfMix,
  rankMix,
  scoreAssessment,
  toPercentages,
  type Mix,
} from './scoring';

const EPS = 1e-9;
const text = { nb: 'x', nn: 'x', en: 'x' };

function fullProfile(leans: Partial<Record<ReferenceId, number>>) {
  return { ingen: 0, 'en-dor-inn': 0, hybrid: 0, totalt: 0, 'pac-man': 0, ...leans };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function without(answers: Answers, questionId: string): Answers {
  const rest = { ...answers };
  delete rest[questionId];
  return rest;
}

// ---- Arbitraries ----------------------------------------------------------------------------

/** One answer per question: an option most of the time, sometimes «Vet ikke» or nothing. */
function answersArb(questions: readonly ScoredQuestion[]): fc.Arbitrary<Answers> {
  return fc
    .tuple(
      ...questions.map((q) =>
        fc.oneof(
          { arbitrary: fc.constant(undefined), weight: 1 },
          { arbitrary: fc.constant(DONT_KNOW), weight: 1 },
          { arbitrary: fc.constantFrom(...q.options.map((o) => o.id)), weight: 4 },
        ),
      ),
    )
    .map((values) => {
      const answers: Answers = {};
      values.forEach((value, i) => {
        if (value !== undefined) answers[questions[i]!.id] = value;
      });
      return answers;
    });
}

const shareArb = fc.integer({ min: 0, max: 10 }).map((n) => n / 10);

const profileArb = fc
  .tuple(shareArb, shareArb, shareArb, shareArb, shareArb)
  .filter((values) => values.some((v) => v > 0))
  .map(([ingen, enDorInn, hybrid, totalt, pacMan]) => ({
    ingen,
    'en-dor-inn': enDorInn,
    hybrid,
    totalt,
    'pac-man': pacMan,
  }));

/** Small random catalogues with random profiles and weights, so the invariants hold for any data. */
const catalogueArb: fc.Arbitrary<Catalogue> = fc
  .array(
    fc.record({
      dimension: fc.constantFrom(...DIMENSION_IDS),
      weight: fc.constantFrom(0.5, 1, 1.5, 2, 5),
      profiles: fc.array(profileArb, { minLength: 2, maxLength: 5 }),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((questions) => {
    const used = DIMENSION_IDS.filter((d) => questions.some((q) => q.dimension === d));
    const input: CatalogueInput = {
      version: '9.9.9',
      context: { title: text, intro: text },
      dimensions: used.map((id) => ({ id, title: text, intro: text })),
      questions: questions.map((q, i) => ({
        kind: 'scored' as const,
        id: `q-${i}`,
        dimension: q.dimension,
        weight: q.weight,
        text,
        help: text,
        options: q.profiles.map((profile, j) => ({ id: `o-${j}`, label: text, profile })),
      })),
    };
    return catalogueSchema.parse(input);
  });

type Case = { catalogue: Catalogue; answers: Answers };

function casesOf(catalogues: fc.Arbitrary<Catalogue>): fc.Arbitrary<Case> {
  return catalogues.chain((catalogue) =>
    answersArb(scoredQuestions(catalogue)).map((answers) => ({ catalogue, answers })),
  );
}

/** A case plus one chosen question, option (by index, wrapped) and reference. */
function focusedCasesOf(catalogues: fc.Arbitrary<Catalogue>) {
  return casesOf(catalogues).chain((c) =>
    fc.record({
      c: fc.constant(c),
      question: fc.constantFrom(...scoredQuestions(c.catalogue)),
      optionIndex: fc.nat(),
      reference: fc.constantFrom(...REFERENCE_IDS),
    }),
  );
}

const SOURCES: [string, fc.Arbitrary<Catalogue>][] = [
  ['the shipped catalogue', fc.constant(CATALOGUE)],
  ['random catalogues', catalogueArb],
];

// ---- Properties -----------------------------------------------------------------------------

describe.each(SOURCES)('scoring invariants over %s', (_name, catalogues) => {
  it('shares are 0–1 and sum to 1; percentages are whole and sum to exactly 100', () => {
    fc.assert(
      fc.property(casesOf(catalogues), ({ catalogue, answers }) => {
        const result = scoreAssessment(catalogue, answers);
        if (!result) return;
        for (const id of REFERENCE_IDS) {
          expect(result.mix[id]).toBeGreaterThanOrEqual(0);
          expect(result.mix[id]).toBeLessThanOrEqual(1 + EPS);
          expect(Number.isInteger(result.percent[id])).toBe(true);
        }
        expect(sum(Object.values(result.mix))).toBeCloseTo(1, 9);
        expect(sum(Object.values(result.percent))).toBe(100);
      }),
    );
  });

  it('the point stays on the map and is the mix’s weighted position', () => {
    fc.assert(
      fc.property(casesOf(catalogues), ({ catalogue, answers }) => {
        const result = scoreAssessment(catalogue, answers);
        if (!result) return;
        for (const v of [result.point.x, result.point.y]) {
          expect(v).toBeGreaterThanOrEqual(0 - EPS);
          expect(v).toBeLessThanOrEqual(100 + EPS);
        }
        const expected = pointOfMix(result.mix);
        expect(result.point.x).toBeCloseTo(expected.x, 9);
        expect(result.point.y).toBeCloseTo(expected.y, 9);
      }),
    );
  });

  it('contributions add up to the mix and to the point', () => {
    fc.assert(
      fc.property(casesOf(catalogues), ({ catalogue, answers }) => {
        const result = scoreAssessment(catalogue, answers);
        if (!result) return;
        const parts = result.contributions;
        expect(sum(parts.map((p) => p.weightShare))).toBeCloseTo(1, 9);
        for (const id of REFERENCE_IDS) {
          expect(sum(parts.map((p) => p.toMix[id]))).toBeCloseTo(result.mix[id], 9);
        }
        expect(sum(parts.map((p) => p.toPoint.x))).toBeCloseTo(result.point.x, 9);
        expect(sum(parts.map((p) => p.toPoint.y))).toBeCloseTo(result.point.y, 9);
      }),
    );
  });

  it('certainty counts add up', () => {
    fc.assert(
      fc.property(casesOf(catalogues), ({ catalogue, answers }) => {
        const questions = scoredQuestions(catalogue);
        const certainty = certaintyOf(questions, answers);
        const dontKnow = Object.values(answers).filter((a) => a === DONT_KNOW).length;
        const answered = contributions(questions, answers).length;
        expect(certainty.total).toBe(questions.length);
        expect(certainty.dontKnow).toBe(dontKnow);
        expect(certainty.answered).toBe(answered);
        expect(certainty.answered + certainty.dontKnow + certainty.unanswered).toBe(
          certainty.total,
        );
        expect(certainty.unanswered).toBe(questions.filter((q) => !(q.id in answers)).length);
        expect(certainty.share).toBeCloseTo(answered / questions.length, 12);
        expect(scoreAssessment(catalogue, answers)?.certainty ?? certainty).toEqual(certainty);
      }),
    );
  });

  it('dimension leanings cover every dimension and add up to the answered questions', () => {
    fc.assert(
      fc.property(casesOf(catalogues), ({ catalogue, answers }) => {
        const leanings = dimensionLeanings(catalogue, answers);
        expect(leanings.map((d) => d.dimension)).toEqual(catalogue.dimensions.map((d) => d.id));
        expect(sum(leanings.map((d) => d.answered))).toBe(
          certaintyOf(scoredQuestions(catalogue), answers).answered,
        );
        for (const d of leanings) {
          if (d.answered === 0) {
            expect(d.mix).toBeNull();
            expect(d.leaning).toBeNull();
          } else {
            expect(sum(Object.values(d.mix!))).toBeCloseTo(1, 9);
            expect(d.leaning).toBe(rankMix(d.mix!)[0]);
          }
        }
      }),
    );
  });

  it('«Vet ikke» gives the same result as leaving the question unanswered', () => {
    fc.assert(
      fc.property(focusedCasesOf(catalogues), ({ c, question }) => {
        const dontKnow = scoreAssessment(c.catalogue, { ...c.answers, [question.id]: DONT_KNOW });
        const unanswered = scoreAssessment(c.catalogue, without(c.answers, question.id));
        if (!dontKnow || !unanswered) {
          expect(dontKnow).toBe(unanswered);
          return;
        }
        expect(dontKnow.mix).toEqual(unanswered.mix);
        expect(dontKnow.point).toEqual(unanswered.point);
        expect(dontKnow.percent).toEqual(unanswered.percent);
        expect(dontKnow.dimensions).toEqual(unanswered.dimensions);
        expect(dontKnow.contributions).toEqual(unanswered.contributions);
        expect(dontKnow.certainty.answered).toBe(unanswered.certainty.answered);
      }),
    );
  });

  it('«Vet ikke» on one question never changes how the other answers mix', () => {
    fc.assert(
      fc.property(focusedCasesOf(catalogues), ({ c, question, optionIndex }) => {
        const option = question.options[optionIndex % question.options.length]!;
        const before = contributions(scoredQuestions(c.catalogue), {
          ...c.answers,
          [question.id]: option.id,
        });
        const after = contributions(scoredQuestions(c.catalogue), {
          ...c.answers,
          [question.id]: DONT_KNOW,
        });
        const others = before.filter((p) => p.questionId !== question.id);
        expect(after.map((p) => [p.questionId, p.optionId])).toEqual(
          others.map((p) => [p.questionId, p.optionId]),
        );
        if (after.length === 0) return;
        // Every other answer keeps its profile, and the weights keep their proportions.
        const scale = after[0]!.weightShare / others[0]!.weightShare;
        after.forEach((p, i) => {
          const was = others[i]!;
          expect(p.weightShare / was.weightShare).toBeCloseTo(scale, 9);
          for (const id of REFERENCE_IDS) {
            expect(p.toMix[id] / p.weightShare).toBeCloseTo(was.toMix[id] / was.weightShare, 9);
          }
        });
      }),
    );
  });

  it('moving one answer toward a model never lowers that model’s share', () => {
    fc.assert(
      fc.property(focusedCasesOf(catalogues), ({ c, question, optionIndex, reference }) => {
        const current = question.options[optionIndex % question.options.length]!;
        const answers = { ...c.answers, [question.id]: current.id };
        const before = scoreAssessment(c.catalogue, answers)!.mix[reference];
        const currentShare = normaliseProfile(current.profile)[reference];
        for (const option of question.options) {
          const share = normaliseProfile(option.profile)[reference];
          if (share < currentShare) continue;
          const after = scoreAssessment(c.catalogue, { ...answers, [question.id]: option.id })!.mix[
            reference
          ];
          expect(after).toBeGreaterThanOrEqual(before - EPS);
          if (share > currentShare + EPS) expect(after).toBeGreaterThan(before);
        }
      }),
    );
  });
});

describe('toPercentages', () => {
  it('always sums to exactly 100 and stays within 1 of the exact share', () => {
    const mixArb = fc
      .tuple(shareArb, shareArb, shareArb, shareArb, fc.double({ min: 0.01, max: 1, noNaN: true }))
      .map((values) => {
        const total = sum(values);
        const mix = {} as Mix;
        REFERENCE_IDS.forEach((id, i) => (mix[id] = values[i]! / total));
        return mix;
      });
    fc.assert(
      fc.property(mixArb, (mix) => {
        const percent = toPercentages(mix);
        expect(sum(Object.values(percent))).toBe(100);
        for (const id of REFERENCE_IDS) {
          expect(Math.abs(percent[id] - mix[id] * 100)).toBeLessThan(1);
        }
      }),
    );
  });

  it('gives thirds as 34/33/33, breaking the tie in reference order', () => {
    const third = 1 / 3;
    expect(
      toPercentages({ ingen: 0, 'en-dor-inn': third, hybrid: third, totalt: third, 'pac-man': 0 }),
    ).toEqual({ ingen: 0, 'en-dor-inn': 34, hybrid: 33, totalt: 33, 'pac-man': 0 });
  });
});

// ---- Examples -------------------------------------------------------------------------------

describe('scoring examples', () => {
  const questions = scoredQuestions(CATALOGUE);

  it('has no result until a scored question is answered', () => {
    expect(scoreAssessment(CATALOGUE, {})).toBeNull();
    const allDontKnow = Object.fromEntries(questions.map((q) => [q.id, DONT_KNOW]));
    expect(scoreAssessment(CATALOGUE, allDontKnow)).toBeNull();
    expect(certaintyOf(questions, allDontKnow)).toMatchObject({
      answered: 0,
      dontKnow: questions.length,
      share: 0,
    });
  });

  it('ignores answers to options that do not exist', () => {
    const result = scoreAssessment(CATALOGUE, {
      'skranke-organisering': 'en-felles',
      lokaler: 'finnes-ikke',
    });
    expect(result?.contributions.map((p) => p.questionId)).toEqual(['skranke-organisering']);
    expect(result?.certainty.unanswered).toBe(questions.length - 1);
  });

  it('puts a single pure answer exactly on that model’s anchor', () => {
    const result = scoreAssessment(CATALOGUE, { 'skranke-organisering': 'en-felles' })!;
    expect(result.mix.totalt).toBe(1);
    expect(result.percent.totalt).toBe(100);
    expect(result.point).toEqual(referenceById('totalt').position);
  });

  it('splits a shared option evenly and places it between the anchors', () => {
    // «Separate desks in separate places» fits both the baseline and hybrid cooperation.
    const result = scoreAssessment(CATALOGUE, { 'skranke-organisering': 'egne-hvert-sted' })!;
    expect(result.mix.ingen).toBeCloseTo(0.5, 12);
    expect(result.mix.hybrid).toBeCloseTo(0.5, 12);
    const ingen = referenceById('ingen').position;
    const hybrid = referenceById('hybrid').position;
    expect(result.point.x).toBeCloseTo((ingen.x + hybrid.x) / 2, 9);
    expect(result.point.y).toBeCloseTo((ingen.y + hybrid.y) / 2, 9);
  });

  it('counts a question of weight 2 twice', () => {
    const catalogue = catalogueSchema.parse({
      version: '1.0.0',
      context: { title: text, intro: text },
      dimensions: [{ id: 'skranke', title: text, intro: text }],
      questions: [
        {
          kind: 'scored',
          id: 'tung',
          dimension: 'skranke',
          weight: 2,
          text,
          help: text,
          options: [
            { id: 'a', label: text, profile: fullProfile({ totalt: 1 }) },
            { id: 'b', label: text, profile: fullProfile({ ingen: 1 }) },
          ],
        },
        {
          kind: 'scored',
          id: 'lett',
          dimension: 'skranke',
          text,
          help: text,
          options: [
            { id: 'a', label: text, profile: fullProfile({ totalt: 1 }) },
            { id: 'b', label: text, profile: fullProfile({ ingen: 0.5 }) },
          ],
        },
      ],
    });
    const result = scoreAssessment(catalogue, { tung: 'a', lett: 'b' })!;
    expect(result.mix.totalt).toBeCloseTo(2 / 3, 12);
    expect(result.mix.ingen).toBeCloseTo(1 / 3, 12);
    expect(result.percent).toMatchObject({ totalt: 67, ingen: 33 });
    expect(result.ranking.slice(0, 2)).toEqual(['totalt', 'ingen']);
  });

  it('reports the leaning of each dimension, and none for an unanswered one', () => {
    const result = scoreAssessment(CATALOGUE, {
      'skranke-organisering': 'egne-samme-bygg',
      'innbyggertorg-finnes': 'egen-tjeneste',
      leder: 'en-leder-to-avdelinger',
    })!;
    const byDimension = Object.fromEntries(result.dimensions.map((d) => [d.dimension, d]));
    expect(byDimension['skranke']?.leaning).toBe('en-dor-inn');
    expect(byDimension['skranke']?.answered).toBe(2);
    expect(byDimension['ledelse']?.leaning).toBe('hybrid');
    expect(byDimension['budsjett']).toMatchObject({ leaning: null, mix: null, answered: 0 });
  });

  it('ranks ties in reference order', () => {
    const mix: Mix = { ingen: 0.2, 'en-dor-inn': 0.2, hybrid: 0.2, totalt: 0.2, 'pac-man': 0.2 };
    expect(rankMix(mix)).toEqual([...REFERENCE_IDS]);
  });

  it('normalises a profile to shares that sum to 1', () => {
    expect(normaliseProfile(fullProfile({ totalt: 1, hybrid: 0.3 }))).toEqual({
      ingen: 0,
      'en-dor-inn': 0,
      hybrid: 0.3 / 1.3,
      totalt: 1 / 1.3,
      'pac-man': 0,
    });
  });

  it('places the pure mix of each reference on its own anchor', () => {
    for (const ref of REFERENCES) {
      const mix = Object.fromEntries(REFERENCE_IDS.map((id) => [id, id === ref.id ? 1 : 0]));
      expect(pointOfMix(mix as Mix)).toEqual(ref.position);
    }
  });
});

describe('certaintyLevel', () => {
  it('puts the answered share into words', () => {
    expect(certaintyLevel({ share: 0.9 })).toBe('high');
    expect(certaintyLevel({ share: 0.6 })).toBe('medium');
    expect(certaintyLevel({ share: 0.2 })).toBe('low');
  });
});
