import { describe, expect, it } from 'vitest';
import {
  assessmentFingerprint,
  decodeJoinPayload,
  encodeJoinPayload,
  extractShareCode,
  migrateWorkshops,
  parseWorkshopFile,
  roleOf,
  toWorkshopFile,
  type Workshop,
} from './workshop-schema';

const workshop: Workshop = {
  id: 'w1',
  name: 'Workshop i Drammen',
  createdAt: '2025-01-01T10:00:00.000Z',
  updatedAt: '2025-01-01T10:00:00.000Z',
  nextNumber: 2,
  participants: [
    {
      id: 'p1',
      number: 1,
      name: null,
      role: 'leder',
      assessment: { answers: { q1: 'a' }, comments: {}, context: { rolle: 'leder' } },
      hidden: false,
      addedAt: '2025-01-01T10:00:00.000Z',
      source: 'link',
    },
  ],
};

describe('workshop files', () => {
  it('round-trips a workshop through its JSON file', () => {
    const file = toWorkshopFile(workshop, '1.0.0', new Date('2025-02-01T00:00:00Z'));
    expect(file.type).toBe('modellkart-workshop');
    expect(file.version).toBe(1);
    const parsed = parseWorkshopFile(JSON.stringify(file));
    expect(parsed).toEqual({ ok: true, file });
  });

  it.each([
    ['not-json', '{ nope'],
    ['wrong-type', JSON.stringify({ type: 'modellkart-assessment', version: 1 })],
    ['wrong-type', '[1, 2]'],
    ['newer-version', JSON.stringify({ ...toWorkshopFile(workshop, '1.0.0'), version: 2 })],
    [
      'invalid',
      JSON.stringify({
        ...toWorkshopFile(workshop, '1.0.0'),
        workshop: { ...workshop, name: '' },
      }),
    ],
    [
      'invalid',
      `{"type":"modellkart-workshop","version":1,"catalogueVersion":"1","exportedAt":"x","workshop":{"__proto__":{}}}`,
    ],
  ])('names the problem: %s', (reason, text) => {
    expect(parseWorkshopFile(text)).toEqual({ ok: false, reason });
  });

  it('refuses a file that is too large', () => {
    expect(parseWorkshopFile(' '.repeat(20_000_001))).toEqual({ ok: false, reason: 'too-large' });
  });
});

describe('migrateWorkshops', () => {
  it('accepts the current version and refuses newer or broken data', () => {
    expect(migrateWorkshops({ workshops: [workshop] }, 1)).toEqual({
      ok: true,
      state: { workshops: [workshop] },
    });
    expect(migrateWorkshops({ workshops: [] }, 2)).toEqual({ ok: false, reason: 'newer-version' });
    expect(migrateWorkshops({ workshops: 'x' }, 1)).toEqual({ ok: false, reason: 'invalid' });
    expect(migrateWorkshops({ workshops: [] }, 0)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('reports a missing migration rather than guessing', () => {
    expect(migrateWorkshops({ workshops: [] }, 1, 2)).toEqual({
      ok: false,
      reason: 'no-migration',
    });
  });
});

describe('extractShareCode', () => {
  it('finds the code in a link, a bare code, and ignores blank or foreign lines', () => {
    expect(extractShareCode('https://example.org/modellkart/#/delt/AbC_-1')).toBe('AbC_-1');
    expect(extractShareCode('  AbC_-1  ')).toBe('AbC_-1');
    expect(extractShareCode('http://localhost:4173/#/delt/xyz?ref=qr')).toBe('xyz');
    expect(extractShareCode('   ')).toBeNull();
    expect(extractShareCode('https://example.org/annet')).toBeNull();
    expect(extractShareCode('to ord')).toBeNull();
  });
});

describe('assessmentFingerprint', () => {
  it('is the same for the same answers in any key order', () => {
    const a = { answers: { q1: 'a', q2: 'b' }, comments: {}, context: { rolle: 'leder' } };
    const b = { answers: { q2: 'b', q1: 'a' }, comments: {}, context: { rolle: 'leder' } };
    const c = { answers: { q2: 'b', q1: 'b' }, comments: {}, context: { rolle: 'leder' } };
    expect(assessmentFingerprint(a)).toBe(assessmentFingerprint(b));
    expect(assessmentFingerprint(a)).not.toBe(assessmentFingerprint(c));
  });
});

describe('join links', () => {
  it('round-trips the workshop name, including æøå', () => {
    const code = encodeJoinPayload({ name: 'Samling på Ås – høst' });
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeJoinPayload(code)).toEqual({ name: 'Samling på Ås – høst' });
  });

  it('refuses a damaged payload', () => {
    expect(decodeJoinPayload('!!!')).toBeNull();
    expect(decodeJoinPayload(encodeJoinPayload({ name: 'x' }).slice(0, 5))).toBeNull();
  });
});

describe('roleOf', () => {
  it('reads the role from the context, if chosen', () => {
    expect(roleOf({ answers: {}, comments: {}, context: { rolle: 'politiker' } })).toBe(
      'politiker',
    );
    expect(roleOf({ answers: {}, comments: {}, context: {} })).toBeNull();
  });
});
