import { describe, expect, it } from 'vitest';
import { archetypeAnswers } from './archetypes';
import { CATALOGUE } from './catalogue';
import {
  buildNarrative,
  certaintyLevel,
  narrativeContextOf,
  PACMAN_WARNING_SHARE,
  type NarrativeItem,
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

const hybridMix: Mix = {
  ingen: 0.1,
  'en-dor-inn': 0.05,
  hybrid: 0.55,
  totalt: 0.25,
  'pac-man': 0.05,
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
    const pulls = items.filter((i) => i.section === 'elements');
    expect(pulls).toEqual([
      {
        section: 'elements',
        key: 'pull',
        params: { model: 'totalt', dimensions: ['budsjett', 'ledelse'] },
      },
      { section: 'elements', key: 'pullIngen', params: { dimensions: ['lokalisering'] } },
    ]);
  });

  it('says so when every dimension leans to the closest model', () => {
    const items = buildNarrative(result(hybridMix, { skranke: 'hybrid', budsjett: 'hybrid' }));
    expect(keys(items, 'elements')).toEqual(['pullNone']);
  });

  it('warns when PAC-man has a high share, and not when it is low', () => {
    const high: Mix = { ingen: 0.1, 'en-dor-inn': 0.1, hybrid: 0.4, totalt: 0.15, 'pac-man': 0.25 };
    const warned = buildNarrative(result(high));
    expect(warned.find((i) => i.section === 'warning')).toEqual({
      section: 'warning',
      key: 'warningPacman',
      params: { share: 0.25 },
    });
    expect(keys(warned, 'reflection')).toContain('reflection.independence');
    expect(high['pac-man']).toBeGreaterThanOrEqual(PACMAN_WARNING_SHARE);
    expect(keys(buildNarrative(result(hybridMix)), 'warning')).toEqual([]);
  });

  it('calls a near tie a clear hybrid', () => {
    const tie: Mix = { ingen: 0.1, 'en-dor-inn': 0.36, hybrid: 0.4, totalt: 0.1, 'pac-man': 0.04 };
    const items = buildNarrative(result(tie));
    expect(items.find((i) => i.key === 'closeCall')?.params).toEqual({
      model: 'hybrid',
      second: 'en-dor-inn',
    });
  });

  it('gives two or three reflections drawn from the closest model', () => {
    for (const id of REFERENCE_IDS) {
      const mix = { ...hybridMix, [id]: 0.9 };
      const reflections = keys(buildNarrative(result(mix)), 'reflection');
      expect(reflections.length).toBeGreaterThanOrEqual(2);
      expect(reflections.length).toBeLessThanOrEqual(3);
      expect(new Set(reflections).size).toBe(reflections.length);
    }
    expect(keys(buildNarrative(result(hybridMix)), 'reflection')[0]).toBe(
      'reflection.mutualDependency',
    );
  });

  it('lets the context shape the text but never the model', () => {
    const plain = buildNarrative(result(hybridMix));
    const withContext = buildNarrative(result(hybridMix), {
      municipality: 'Kongsberg',
      density: 'dense',
      services: [{ nb: 'Kino', nn: 'Kino', en: 'Cinema' }],
    });
    expect(withContext[0]).toMatchObject({
      key: 'closestNamed',
      params: { model: 'hybrid', municipality: 'Kongsberg' },
    });
    expect(keys(withContext, 'context')).toEqual(['contextDenseOther', 'contextServices']);
    expect(keys(plain, 'context')).toEqual([]);
    const dense = result({ ...hybridMix, 'en-dor-inn': 0.9 });
    expect(keys(buildNarrative(dense, { density: 'dense' }), 'context')).toEqual(['contextDense']);
  });
});

describe('narrativeContextOf', () => {
  it('reads municipality, density and other services from the catalogue context answers', () => {
    const ctx = narrativeContextOf(
      { kommune: ' Kongsberg ', befolkning: 'tett', 'andre-tjenester': ['kino', 'ingen'] },
      CATALOGUE,
    );
    expect(ctx.municipality).toBe('Kongsberg');
    expect(ctx.density).toBe('dense');
    expect(ctx.services?.map((s) => s.nb)).toEqual(['Kino']);
    expect(narrativeContextOf({ befolkning: 'blandet' }, CATALOGUE).density).toBe('mixed');
    expect(narrativeContextOf({ befolkning: 'spredt' }, CATALOGUE).density).toBe('sparse');
  });
});

describe('certaintyLevel', () => {
  it('puts the answered share into words', () => {
    expect(certaintyLevel({ share: 0.9 })).toBe('high');
    expect(certaintyLevel({ share: 0.6 })).toBe('medium');
    expect(certaintyLevel({ share: 0.2 })).toBe('low');
  });
});
