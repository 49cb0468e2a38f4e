import fc from 'fast-check';
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
  WORKSHOP_FILE_VERSION,
  WORKSHOPS_VERSION,
  type Workshop,
} from './workshop-schema';
import { CATALOGUE } from './catalogue';

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
      role: 'biblioteksjef',
      assessment: {
        answers: { 'skranke-organisering': 'en-felles' },
        comments: {},
        context: { rolle: 'biblioteksjef' },
      },
      hidden: false,
      addedAt: '2025-01-01T10:00:00.000Z',
      source: 'link',
      catalogueVersion: CATALOGUE.version,
    },
  ],
};

describe('workshop files', () => {
  it('round-trips a workshop through its JSON file', () => {
    const file = toWorkshopFile(workshop, CATALOGUE.version, new Date('2025-02-01T00:00:00Z'));
    expect(file.type).toBe('modellkart-workshop');
    expect(file.version).toBe(WORKSHOP_FILE_VERSION);
    const parsed = parseWorkshopFile(JSON.stringify(file));
    expect(parsed).toEqual({ ok: true, file, repairs: [], note: null });
  });

  it.each([
    ['not-json', '{ nope'],
    ['wrong-type', JSON.stringify({ type: 'modellkart-assessment', version: 1 })],
    ['wrong-type', '[1, 2]'],
    [
      'newer-version',
      JSON.stringify({ ...toWorkshopFile(workshop, '1.0.0'), version: WORKSHOP_FILE_VERSION + 1 }),
    ],
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
    expect(migrateWorkshops({ workshops: [workshop] }, WORKSHOPS_VERSION)).toEqual({
      ok: true,
      state: { workshops: [workshop] },
      note: null,
      repairs: [],
    });
    expect(migrateWorkshops({ workshops: [] }, WORKSHOPS_VERSION + 1)).toEqual({
      ok: false,
      reason: 'newer-version',
    });
    expect(migrateWorkshops({ workshops: 'x' }, 1)).toEqual({ ok: false, reason: 'invalid' });
    expect(migrateWorkshops({ workshops: [] }, 0)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('repairs saved workshops like a file, and says what it put right in which workshop', () => {
    const twice = { ...workshop.participants[0]!, number: 2, role: 'ukjent-rolle' };
    const broken = { ...workshop, participants: [workshop.participants[0]!, twice] };
    const result = migrateWorkshops(
      { workshops: [broken, { ...workshop, id: 'w2', name: 'Hel' }] },
      WORKSHOPS_VERSION,
      CATALOGUE,
      () => 'ny-id',
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.state.workshops[0]!.participants.map((p) => [p.id, p.role])).toEqual([
      ['p1', 'biblioteksjef'],
      ['ny-id', null],
    ]);
    expect(result.repairs).toEqual([
      {
        workshop: 'Workshop i Drammen',
        repairs: [
          { kind: 'duplicate-id', number: 2 },
          { kind: 'unknown-role', number: 2 },
          { kind: 'next-number', number: 3 },
        ],
      },
    ]);
    // Read again, the repaired state needs nothing more.
    expect(migrateWorkshops(result.state, WORKSHOPS_VERSION)).toMatchObject({ repairs: [] });
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

describe('workshop decoders under fuzzing', { timeout: 30_000 }, () => {
  const FILE_REASONS = ['too-large', 'not-json', 'wrong-type', 'newer-version', 'invalid'];
  const validText = JSON.stringify(toWorkshopFile(workshop, '1.0.0'));
  const notPolluted = () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  };

  function expectFileResult(text: string) {
    let result!: ReturnType<typeof parseWorkshopFile>;
    expect(() => (result = parseWorkshopFile(text))).not.toThrow();
    if (!result.ok) expect(FILE_REASONS).toContain(result.reason);
    notPolluted();
    return result;
  }

  function expectJoinResult(code: string) {
    let result: ReturnType<typeof decodeJoinPayload> | undefined;
    expect(() => (result = decodeJoinPayload(code))).not.toThrow();
    // Null is the decoder's one answer for "not a join link"; anything else is a usable name.
    if (result !== null) {
      expect(typeof result!.name).toBe('string');
      expect(result!.name.length).toBeGreaterThan(0);
    }
    notPolluted();
    return result;
  }

  const key = fc.oneof(
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'type', 'version', 'workshop', 'n'),
    fc.string({ maxLength: 10 }),
  );
  const json = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.jsonValue({ maxDepth: 2 }),
      fc.dictionary(key, tie('value'), { maxKeys: 4 }),
      fc.array(tie('value'), { maxLength: 3 }),
    ),
  })).value;
  // A workshop file's envelope around random content reaches the schema, not just the JSON check.
  const envelope = fc.record({
    type: fc.constantFrom('modellkart-workshop', 'modellkart-assessment'),
    version: fc.oneof(fc.constant(1), fc.integer()),
    catalogueVersion: fc.string(),
    exportedAt: fc.string(),
    workshop: json,
  });

  it('the file parser never throws on random text and names a reason', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        expect(expectFileResult(s).ok).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('the file parser refuses random JSON, polluting keys included, with a reason', () => {
    fc.assert(
      fc.property(fc.oneof(json, envelope), (value) => {
        const text = JSON.stringify(value) ?? 'undefined';
        const result = expectFileResult(text);
        if (result.ok) expect(result.file.type).toBe('modellkart-workshop');
      }),
      { numRuns: 3000 },
    );
  });

  it('the file parser refuses polluting keys anywhere in an otherwise valid file', () => {
    const paths = [
      (k: string) => validText.replace('{', `{"${k}":{"polluted":true},`),
      (k: string) => validText.replace('"workshop":{', `"workshop":{"${k}":{"polluted":true},`),
      (k: string) => validText.replace('"assessment":{', `"assessment":{"${k}":{"polluted":true},`),
      (k: string) => validText.replace('"answers":{', `"answers":{"${k}":{"polluted":true},`),
    ];
    fc.assert(
      fc.property(
        fc.constantFrom('__proto__', 'constructor', 'prototype'),
        fc.nat({ max: paths.length - 1 }),
        (k, i) => {
          const text = paths[i]!(k);
          expect(text).not.toBe(validText);
          expect(expectFileResult(text)).toEqual({ ok: false, reason: 'invalid' });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('every truncation of a valid file is refused with a reason', () => {
    fc.assert(
      fc.property(fc.nat({ max: validText.length - 1 }), (cut) => {
        const result = expectFileResult(validText.slice(0, cut));
        expect(result.ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('the file parser survives huge and deeply nested input', () => {
    // Refused from the text, before JSON.parse sees it.
    expect(expectFileResult('['.repeat(100_000) + ']'.repeat(100_000))).toEqual({
      ok: false,
      reason: 'invalid',
    });
    const deep = '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000);
    expect(expectFileResult(deep)).toEqual({ ok: false, reason: 'invalid' });
    const deepInside = validText.replace(
      '"workshop":{',
      `"workshop":{"x":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)},`,
    );
    expect(expectFileResult(deepInside)).toEqual({ ok: false, reason: 'invalid' });
    const many = JSON.stringify({
      ...toWorkshopFile(workshop, '1.0.0'),
      workshop: {
        ...workshop,
        participants: Array.from({ length: 2001 }, () => workshop.participants[0]),
      },
    });
    expect(expectFileResult(many)).toEqual({ ok: false, reason: 'invalid' });
    expect(expectFileResult('x'.repeat(20_000_001))).toEqual({ ok: false, reason: 'too-large' });
  });

  it('the pasted-line extractor never throws and gives a code without spaces or null', () => {
    const line = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string().map((s) => `https://example.org/#/delt/${s}`),
      fc.string().map((s) => `  ${s}#/delt/${s}?x=${s}  `),
      fc.constantFrom('__proto__', 'constructor', '#/delt/', '#/delt/__proto__', '\u2028\uFEFF'),
    );
    fc.assert(
      fc.property(line, (s) => {
        let code: string | null = null;
        expect(() => (code = extractShareCode(s))).not.toThrow();
        if (code !== null) {
          expect(code).not.toMatch(/\s/);
          expect(code).not.toMatch(/[?&]/);
        }
        notPolluted();
      }),
      { numRuns: 3000 },
    );
    expect(() => extractShareCode(' '.repeat(1_000_000) + 'x'.repeat(1_000_000))).not.toThrow();
  });

  it('the join-link decoder never throws on random text, base64url or JSON', () => {
    const base64url = (text: string) =>
      btoa(String.fromCharCode(...new TextEncoder().encode(text)))
        .replace(/\+/g, '-')
        .replace(/\//g, '_')
        .replace(/=+$/, '');
    const code = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.uint8Array({ maxLength: 300 }).map((b) => btoa(String.fromCharCode(...b))),
      json.map((v) => base64url(JSON.stringify(v) ?? '')),
      fc
        .record({ v: fc.oneof(fc.constant(1), fc.jsonValue()), n: fc.jsonValue() })
        .map((v) => base64url(JSON.stringify(v))),
      fc
        .constantFrom('__proto__', 'constructor')
        .map((k) => base64url(`{"v":1,"n":"x","${k}":{"polluted":1}}`)),
    );
    fc.assert(
      fc.property(code, (c) => {
        expectJoinResult(c);
      }),
      { numRuns: 3000 },
    );
  });

  it('the join-link decoder refuses every truncation of a real code, huge and deep input', () => {
    const real = encodeJoinPayload({ name: 'Samling på Ås – høst 2025' });
    fc.assert(
      fc.property(fc.nat({ max: real.length - 1 }), (cut) => {
        const result = expectJoinResult(real.slice(0, cut));
        // A cut can only ever give back the real name, never a different one.
        if (result !== null) expect(result).toEqual({ name: 'Samling på Ås – høst 2025' });
      }),
      { numRuns: 500 },
    );
    expect(expectJoinResult('A'.repeat(2_000_000))).toBeNull();
    expect(expectJoinResult(btoa('['.repeat(100_000) + ']'.repeat(100_000)))).toBeNull();
    expect(expectJoinResult(encodeJoinPayload({ name: 'x'.repeat(121) }))).toBeNull();
  });
});
