import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FACTS_CATALOGUE } from '../test/test-catalogues';
import { ANSWER_FACTS, type AnswerFact } from './answer-facts';
import { archetypeAnswers } from './archetypes';
import { CATALOGUE } from './catalogue';
import { DIMENSION_IDS } from './catalogue-schema';
import {
  buildNarrative,
  narrativeContextOf,
  type NarrativeItem,
  type NarrativeKey,
} from './narrative';
import { REFERENCE_IDS, type ReferenceId } from './references';
import { rankMix, scoreAssessment, type DimensionLeaning, type Mix } from './scoring';

function result(
  mix: Mix,
  leanings: Partial<Record<DimensionLeaning['dimension'], ReferenceId>> = {},
) {
  return {
    mix,
    ranking: rankMix(mix),
    dimensions: Object.entries(leanings).map(([dimension, leaning]): DimensionLeaning => ({
      dimension: dimension as DimensionLeaning['dimension'],
      leaning: leaning!,
      mix: null,
      answered: 1,
      total: 1,
    })),
  };
}

const keys = (items: NarrativeItem[], section?: NarrativeItem['section']) =>
  items.filter((i) => !section || i.section === section).map((i) => i.key);
const facts = (...list: AnswerFact[]) => new Set<AnswerFact>(list);

const hybridMix: Mix = {
  ingen: 0.1,
  'en-dor-inn': 0.05,
  hybrid: 0.55,
  totalt: 0.25,
  'pac-man': 0.05,
};
const pacmanMix: Mix = {
  ingen: 0.1,
  'en-dor-inn': 0.1,
  hybrid: 0.15,
  totalt: 0.2,
  'pac-man': 0.45,
};

describe('buildNarrative', () => {
  it.each(REFERENCE_IDS)('archetype answers for %s name that model and its example', (id) => {
    const scored = scoreAssessment(CATALOGUE, archetypeAnswers(CATALOGUE, id))!;
    const items = buildNarrative(scored);
    expect(items[0]).toMatchObject({ key: 'closest', params: { model: id } });
    expect(keys(items)).toContain(`meaning.${id}`);
    expect(keys(items, 'example')).toEqual([`example.${id}`]);
  });

  it('names the dimensions that pull towards other models', () => {
    const items = buildNarrative(
      result(hybridMix, {
        skranke: 'hybrid',
        budsjett: 'totalt',
        ledelse: 'totalt',
        lokalisering: 'ingen',
      }),
    );
    expect(items.filter((i) => i.section === 'elements')).toEqual([
      {
        section: 'elements',
        key: 'pull',
        params: { model: 'totalt', dimensions: ['budsjett', 'ledelse'] },
      },
      { section: 'elements', key: 'pullIngen', params: { dimensions: ['lokalisering'] } },
    ]);
  });

  it('does not speak of two separate services when only one is left', () => {
    const leanings = { skranke: 'hybrid', lokalisering: 'ingen' } as const;
    const items = buildNarrative(result(hybridMix, leanings), { facts: facts('itorg-never') });
    expect(items.filter((i) => i.section === 'elements')).toEqual([
      {
        section: 'elements',
        key: 'pull',
        params: { model: 'ingen', dimensions: ['lokalisering'] },
      },
    ]);
  });

  it('says every dimension leans the same way only when at least two dimensions have answers', () => {
    const two = buildNarrative(result(hybridMix, { skranke: 'hybrid', budsjett: 'hybrid' }));
    expect(keys(two, 'elements')).toEqual(['pullNone']);
    expect(keys(buildNarrative(result(hybridMix, { skranke: 'hybrid' })), 'elements')).toEqual([]);
    expect(keys(buildNarrative(result(hybridMix)), 'elements')).toEqual([]);
  });

  it('warns when the library took over a closed innbyggertorg, whatever the mix', () => {
    const warned = buildNarrative(result(hybridMix), {
      facts: facts('itorg-closed-library-took-over'),
    });
    expect(keys(warned, 'warning')).toEqual(['warningPacman']);
    expect(keys(warned, 'summary')).toContain('itorgLibraryTookOver');
    expect(keys(warned, 'reflection')).toContain('reflection.keepService');
  });

  it('warns when PAC-man is the closest model and no answer says the innbyggertorg runs', () => {
    expect(keys(buildNarrative(result(pacmanMix)), 'warning')).toEqual(['warningPacman']);
    expect(keys(buildNarrative(result(hybridMix)), 'warning')).toEqual([]);
    // A large PAC-man share that is not the closest model is not enough on its own.
    const second: Mix = { ...hybridMix, hybrid: 0.4, 'pac-man': 0.3, totalt: 0.1 };
    expect(keys(buildNarrative(result(second)), 'warning')).toEqual([]);
  });

  it.each([
    'itorg-runs-separately',
    'itorg-merged-with-library',
    'itorg-never',
    'itorg-closed-tasks-elsewhere',
  ] as const)('never warns when the answers say %s', (fact) => {
    const items = buildNarrative(result(pacmanMix), { facts: facts(fact) });
    expect(keys(items, 'warning')).toEqual([]);
  });

  it('tells a municipality without an innbyggertorg, or whose tasks went elsewhere, so plainly', () => {
    expect(keys(buildNarrative(result(hybridMix), { facts: facts('itorg-never') }))).toContain(
      'itorgNever',
    );
    const elsewhere = buildNarrative(result(hybridMix), {
      facts: facts('itorg-closed-tasks-elsewhere'),
    });
    expect(keys(elsewhere, 'summary')).toContain('itorgTasksElsewhere');
    expect(keys(buildNarrative(result(hybridMix)), 'summary')).not.toContain('itorgNever');
  });

  it('calls a near tie a mix of two models', () => {
    const tie: Mix = { ingen: 0.1, 'en-dor-inn': 0.36, hybrid: 0.4, totalt: 0.1, 'pac-man': 0.04 };
    const items = buildNarrative(result(tie));
    expect(items.find((i) => i.key === 'closeCall')?.params).toEqual({
      model: 'hybrid',
      second: 'en-dor-inn',
    });
  });

  it('gives two or three reflections, ending with the conversation', () => {
    for (const id of REFERENCE_IDS) {
      const mix = { ...hybridMix, [id]: 0.9 };
      const reflections = keys(buildNarrative(result(mix)), 'reflection');
      expect(reflections.length).toBeGreaterThanOrEqual(2);
      expect(reflections.length).toBeLessThanOrEqual(3);
      expect(new Set(reflections).size).toBe(reflections.length);
      expect(reflections.at(-1)).toBe('reflection.discuss');
    }
    expect(keys(buildNarrative(result(hybridMix)), 'reflection')[0]).toBe(
      'reflection.mutualDependency',
    );
  });

  it('drops advice the answers show is already followed', () => {
    const hybrid = keys(buildNarrative(result(hybridMix), { facts: facts('mutual-dependency') }));
    expect(hybrid).not.toContain('reflection.mutualDependency');
    const totalMix = { ...hybridMix, totalt: 0.9 };
    expect(
      keys(buildNarrative(result(totalMix), { facts: facts('hours-harmonised') })),
    ).not.toContain('reflection.workingHours');
    expect(keys(buildNarrative(result(totalMix)))).toContain('reflection.workingHours');
  });

  it('lets the context shape the text but never the model', () => {
    const plain = buildNarrative(result(hybridMix));
    const withContext = buildNarrative(result(hybridMix), {
      municipality: 'Kongsberg',
      facts: facts('density-dense-short-distances'),
      services: [{ nb: 'Kino', nn: 'Kino', en: 'Cinema' }],
    });
    expect(withContext[0]).toMatchObject({
      key: 'closestNamed',
      params: { model: 'hybrid', municipality: 'Kongsberg' },
    });
    expect(keys(withContext, 'context')).toEqual(['contextDenseOther', 'contextServices']);
    expect(keys(plain, 'context')).toEqual([]);
    const dense = result({ ...hybridMix, 'en-dor-inn': 0.9 });
    expect(
      keys(buildNarrative(dense, { facts: facts('density-dense-short-distances') }), 'context'),
    ).toEqual(['contextDense']);
  });

  it('speaks of sparse settlement only where the result is about a multi-use building', () => {
    const sparse = facts('density-sparse');
    expect(keys(buildNarrative(result(hybridMix), { facts: sparse }), 'context')).toEqual([]);
    const door = result({ ...hybridMix, 'en-dor-inn': 0.9 });
    expect(keys(buildNarrative(door, { facts: sparse }), 'context')).toEqual(['contextSparse']);
  });
});

// Written out here rather than imported, so the test holds the code to an independent reading
// of what each answer denies.
const DENIES: Partial<Record<AnswerFact, NarrativeKey[]>> = {
  'itorg-runs-separately': ['warningPacman'],
  'itorg-merged-with-library': ['warningPacman'],
  'itorg-never': [
    'warningPacman',
    'pullIngen',
    'reflection.mutualDependency',
    'reflection.crossSiteTeams',
    'reflection.sharedTasks',
    'reflection.workingHours',
  ],
  'itorg-closed-tasks-elsewhere': [
    'warningPacman',
    'pullIngen',
    'reflection.mutualDependency',
    'reflection.crossSiteTeams',
    'reflection.sharedTasks',
    'reflection.workingHours',
  ],
  'itorg-closed-library-took-over': [
    'pullIngen',
    'reflection.mutualDependency',
    'reflection.crossSiteTeams',
    'reflection.sharedTasks',
    'reflection.workingHours',
  ],
  'mutual-dependency': ['reflection.mutualDependency'],
  'hours-harmonised': ['reflection.workingHours'],
  'house-meetings': ['reflection.houseMeetings'],
  'same-premises': ['reflection.crossSiteTeams'],
  'same-building-own-premises': ['reflection.crossSiteTeams'],
  'cooperate-projects-teams': ['reflection.crossSiteTeams'],
  'density-sparse': ['contextDense', 'contextDenseOther'],
  'density-mixed': ['contextDense', 'contextDenseOther', 'contextSparse'],
  'density-dense-short-distances': ['contextSparse'],
};
// Sentences that state something about the municipality, and the facts they need.
const NEEDS: Partial<Record<NarrativeKey, AnswerFact[]>> = {
  itorgNever: ['itorg-never'],
  itorgTasksElsewhere: ['itorg-closed-tasks-elsewhere'],
  itorgLibraryTookOver: ['itorg-closed-library-took-over'],
  contextDense: ['density-dense-short-distances'],
  contextDenseOther: ['density-dense-short-distances'],
  contextSparse: ['density-sparse'],
};

const mixArb = fc
  .tuple(...REFERENCE_IDS.map(() => fc.integer({ min: 0, max: 100 })))
  .filter((w) => w.some((v) => v > 0))
  .map((w) => {
    const sum = w.reduce((a, b) => a + b, 0);
    return Object.fromEntries(REFERENCE_IDS.map((id, i) => [id, w[i]! / sum])) as Mix;
  });
const leaningsArb = fc.dictionary(
  fc.constantFrom(...DIMENSION_IDS),
  fc.constantFrom(...REFERENCE_IDS),
);
const factsArb = fc.subarray([...ANSWER_FACTS]).map((list) => new Set<AnswerFact>(list));
const narrativeArb = fc.record({ mix: mixArb, leanings: leaningsArb, facts: factsArb });

describe('no narrative contradicts the answers (property)', () => {
  it('never warns about PAC-man when an answer says the innbyggertorg runs or went elsewhere', () => {
    fc.assert(
      fc.property(narrativeArb, ({ mix, leanings, facts }) => {
        const items = buildNarrative(result(mix, leanings), { facts });
        const runs = [
          'itorg-runs-separately',
          'itorg-merged-with-library',
          'itorg-never',
          'itorg-closed-tasks-elsewhere',
        ] as const;
        const warned = keys(items).includes('warningPacman');
        if (runs.some((f) => facts.has(f))) expect(warned).toBe(false);
        else {
          const expected =
            facts.has('itorg-closed-library-took-over') || rankMix(mix)[0] === 'pac-man';
          expect(warned).toBe(expected);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('holds no sentence whose denying fact is present, and none without the facts it needs', () => {
    fc.assert(
      fc.property(narrativeArb, ({ mix, leanings, facts }) => {
        const told = keys(buildNarrative(result(mix, leanings), { facts }));
        for (const fact of facts) {
          for (const key of DENIES[fact] ?? []) expect(told, `${fact} → ${key}`).not.toContain(key);
        }
        for (const key of told) {
          const needed = NEEDS[key];
          if (needed)
            expect(
              needed.some((f) => facts.has(f)),
              key,
            ).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('narrativeContextOf', () => {
  it('reads the facts, the municipality and other services from the answers', () => {
    const ctx = narrativeContextOf(
      {
        answers: { innbyggertorg: 'aldri', skranke: 'felles' },
        comments: {},
        context: { kommune: ' Kongsberg ', befolkning: 'c' },
      },
      FACTS_CATALOGUE,
    );
    expect(ctx.municipality).toBe('Kongsberg');
    expect([...(ctx.facts ?? [])].sort()).toEqual([
      'counter-shared',
      'density-sparse',
      'itorg-never',
    ]);
    const real = narrativeContextOf(
      { answers: {}, comments: {}, context: { 'andre-tjenester': ['kino', 'ingen'] } },
      CATALOGUE,
    );
    expect(real.services?.map((s) => s.nb)).toEqual(['Kino']);
  });
});
