import { describe, expect, it } from 'vitest';
import { referencesSchema } from './reference-schema';
import { REFERENCES, REFERENCE_IDS, referenceById } from './references';

describe('REFERENCES', () => {
  it('validates with referencesSchema', () => {
    const parsed = referencesSchema.safeParse(REFERENCES);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });

  it('holds the four models and the baseline, in the agreed order', () => {
    expect(REFERENCES.map((r) => r.id)).toEqual([...REFERENCE_IDS]);
  });

  it('marks only PAC-man as warned against', () => {
    expect(REFERENCES.filter((r) => r.warned).map((r) => r.id)).toEqual(['pac-man']);
  });

  it('places the baseline lowest and PAC-man highest on both axes', () => {
    const ingen = referenceById('ingen').position;
    const pacMan = referenceById('pac-man').position;
    for (const r of REFERENCES) {
      expect(r.position.x).toBeGreaterThanOrEqual(ingen.x);
      expect(r.position.y).toBeGreaterThanOrEqual(ingen.y);
      expect(r.position.x).toBeLessThanOrEqual(pacMan.x);
      expect(r.position.y).toBeLessThanOrEqual(pacMan.y);
    }
  });

  it('puts En dør inn high on co-location and Hybrid high on joint organisation', () => {
    const enDorInn = referenceById('en-dor-inn').position;
    const hybrid = referenceById('hybrid').position;
    expect(enDorInn.y).toBeGreaterThan(enDorInn.x);
    expect(hybrid.x).toBeGreaterThan(hybrid.y);
  });

  it('gives the seed’s example for every model that has one', () => {
    for (const id of ['en-dor-inn', 'hybrid', 'totalt'] as const) {
      expect(referenceById(id).example?.nb, id).toBeTruthy();
    }
  });
});

describe('referencesSchema', () => {
  it('rejects a missing reference', () => {
    expect(referencesSchema.safeParse(REFERENCES.slice(1)).success).toBe(false);
  });

  it('rejects a duplicated reference', () => {
    expect(referencesSchema.safeParse([...REFERENCES, REFERENCES[0]]).success).toBe(false);
  });

  it('rejects a position off the map', () => {
    const moved = REFERENCES.map((r) =>
      r.id === 'totalt' ? { ...r, position: { x: 120, y: 90 } } : r,
    );
    expect(referencesSchema.safeParse(moved).success).toBe(false);
  });

  it('rejects a reference without nynorsk name', () => {
    const broken = REFERENCES.map((r) =>
      r.id === 'hybrid' ? { ...r, name: { nb: r.name.nb, nn: '', en: r.name.en } } : r,
    );
    expect(referencesSchema.safeParse(broken).success).toBe(false);
  });
});

describe('referenceById', () => {
  it('throws for an unknown id', () => {
    expect(() => referenceById('dansk' as never)).toThrow(/Unknown reference dansk/);
  });
});
