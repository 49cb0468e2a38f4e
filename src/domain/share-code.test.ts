import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOTHING_LEFT_OUT, type Assessment } from './assessment-schema';
import { CATALOGUE } from './catalogue';
import { contextQuestions, DONT_KNOW, scoredQuestions } from './catalogue-schema';
import {
  base64UrlDecode,
  base64UrlEncode,
  crc32,
  decodeShareCode,
  deflateRaw,
  encodeShareCode,
  MAX_FORMAT_VERSIONS_AHEAD,
  MAX_SHARE_CODE_LENGTH,
  sharePayloadOf,
  type SharePayload,
} from './share-code';

function sampleAssessment(): Assessment {
  const [first, ...rest] = scoredQuestions(CATALOGUE);
  const answers: Record<string, string> = { [first!.id]: first!.options[0]!.id };
  for (const q of rest) answers[q.id] = DONT_KNOW;
  const textQuestion = contextQuestions(CATALOGUE).find((q) => q.input === 'text');
  return {
    answers,
    comments: { [first!.id]: 'Æ ø å – <b>"quoted"</b> & more' },
    context: textQuestion ? { [textQuestion.id]: 'Indre Østfold' } : {},
  };
}

const payload: SharePayload = sharePayloadOf(sampleAssessment(), CATALOGUE);

async function rawCode(json: string, version = 1): Promise<string> {
  const bytes = new TextEncoder().encode(json);
  const deflated = await deflateRaw(bytes);
  const out = new Uint8Array(9 + deflated.length);
  const view = new DataView(out.buffer);
  view.setUint8(0, version);
  view.setUint32(1, deflated.length);
  view.setUint32(5, crc32(bytes));
  out.set(deflated, 9);
  return base64UrlEncode(out);
}

describe('share code', () => {
  it('round-trips an assessment with Norwegian letters and markup in comments', async () => {
    const code = await encodeShareCode(payload);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    const result = await decodeShareCode(code);
    expect(result).toEqual({ ok: true, payload, note: null, left: NOTHING_LEFT_OUT });
  });

  it('round-trips the desired situation alongside today', async () => {
    const today = sampleAssessment();
    const [, second] = scoredQuestions(CATALOGUE);
    const desired: Assessment = {
      answers: { ...today.answers, [second!.id]: second!.options[1]!.id },
      comments: {},
      context: {},
    };
    const withDesired = sharePayloadOf(today, CATALOGUE, desired);
    expect(withDesired.desired).toEqual(desired);
    const result = await decodeShareCode(await encodeShareCode(withDesired));
    expect(result).toEqual({ ok: true, payload: withDesired, note: null, left: NOTHING_LEFT_OUT });
  });

  it('still decodes a format-1 code made before codes carried the desired situation', async () => {
    // Exactly the JSON older versions wrote: no desired key at all.
    const old = await rawCode(
      JSON.stringify({
        v: 1,
        catalogueVersion: payload.catalogueVersion,
        assessment: payload.assessment,
      }),
    );
    const result = await decodeShareCode(old);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.payload.assessment).toEqual(payload.assessment);
      expect(result.payload.desired).toBeUndefined();
    }
    expect(sharePayloadOf(payload.assessment, CATALOGUE)).not.toHaveProperty('desired');
  });

  it('leaves out unknown answers in the desired state too, and says how many', async () => {
    const code = await encodeShareCode({
      ...payload,
      desired: { answers: { 'finnes-ikke': 'ja' }, comments: {}, context: {} },
    });
    const result = await decodeShareCode(code);
    if (!result.ok) throw new Error(result.reason);
    expect(result.payload.assessment).toEqual(payload.assessment);
    expect(result.payload.desired).toEqual({ answers: {}, comments: {}, context: {} });
    expect(result.left).toEqual({ answers: 1, unknownQuestions: 1, unknownOptions: [] });
  });

  it('reports a cut-off link as truncated', async () => {
    const code = await encodeShareCode(payload);
    for (const cut of [1, 5, Math.floor(code.length / 2), code.length - 1]) {
      const result = await decodeShareCode(code.slice(0, cut));
      expect(result).toEqual({ ok: false, reason: 'truncated' });
    }
  });

  it('reports a changed character as malformed', async () => {
    const code = await encodeShareCode(payload);
    const i = code.length - 3;
    const changed = code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1);
    expect(await decodeShareCode(changed)).toEqual({ ok: false, reason: 'malformed' });
    expect(await decodeShareCode('hei på deg!')).toEqual({ ok: false, reason: 'malformed' });
    expect(await decodeShareCode('')).toEqual({ ok: false, reason: 'malformed' });
  });

  it('refuses huge codes and zip bombs as too large', async () => {
    expect(await decodeShareCode('A'.repeat(MAX_SHARE_CODE_LENGTH + 1))).toEqual({
      ok: false,
      reason: 'too-large',
    });
    // Megabytes of spaces compress to a few kilobytes.
    const bomb = await rawCode(`{"v":1${' '.repeat(3_000_000)}}`);
    expect(bomb.length).toBeLessThan(MAX_SHARE_CODE_LENGTH);
    expect(await decodeShareCode(bomb)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('reports a newer format, in the header or in the payload', async () => {
    const code = await encodeShareCode(payload);
    const bytes = base64UrlDecode(code);
    bytes[0] = 2;
    expect(await decodeShareCode(base64UrlEncode(bytes))).toEqual({
      ok: false,
      reason: 'newer-version',
    });
    const v2 = await rawCode(JSON.stringify({ ...payload, v: 2 }));
    expect(await decodeShareCode(v2)).toEqual({ ok: false, reason: 'newer-version' });
  });

  it('takes a well-formed code a few versions ahead as newer, and a far-off version as damage', async () => {
    const code = await encodeShareCode(payload);
    const withVersion = (version: number) => {
      const bytes = base64UrlDecode(code);
      bytes[0] = version;
      return base64UrlEncode(bytes);
    };
    for (const version of [2, 1 + MAX_FORMAT_VERSIONS_AHEAD]) {
      expect(await decodeShareCode(withVersion(version))).toEqual({
        ok: false,
        reason: 'newer-version',
      });
    }
    for (const version of [0, 2 + MAX_FORMAT_VERSIONS_AHEAD, 126, 255]) {
      expect(await decodeShareCode(withVersion(version))).toEqual({
        ok: false,
        reason: 'malformed',
      });
    }
  });

  it('a newer version byte with a header that does not fit the rest is damage', async () => {
    const bytes = base64UrlDecode(await encodeShareCode(payload));
    bytes[0] = 2;
    const code = base64UrlEncode(bytes);
    // Cut off: the declared length no longer matches.
    expect(await decodeShareCode(code.slice(0, -8))).toEqual({ ok: false, reason: 'malformed' });
    // Too short for a header at all.
    expect(await decodeShareCode(code.slice(0, 8))).toEqual({ ok: false, reason: 'malformed' });
  });

  it('reports random words as damaged links, never as a newer version', async () => {
    // «Anne» and «Cecilie» start with a byte just above version 1; the others far above it.
    const words = ['Kari', 'hallo-verden', 'foo', 'Anne', 'Cecilie', 'Drammen', 'test', 'x_y-z'];
    expect(base64UrlDecode('Anne')[0]).toBe(2);
    expect(base64UrlDecode('Cecilie')[0]).toBe(9);
    for (const word of words) {
      expect(await decodeShareCode(word), word).toEqual({ ok: false, reason: 'malformed' });
    }
  });

  it('reports data that is not an assessment as invalid', async () => {
    expect(await decodeShareCode(await rawCode('{"v":1}'))).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(await decodeShareCode(await rawCode('[1,2,3]'))).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(await decodeShareCode(await rawCode('not json'))).toEqual({
      ok: false,
      reason: 'malformed',
    });
  });

  it('refuses a link whose every answer is to questions the catalogue does not have', async () => {
    const code = await encodeShareCode({
      ...payload,
      assessment: { answers: { 'finnes-ikke': 'ja' }, comments: {}, context: {} },
    });
    expect(await decodeShareCode(code)).toEqual({ ok: false, reason: 'unknown-question' });
  });

  it('keeps the known answers of a link with unknown questions and options', async () => {
    const [q1, q2] = scoredQuestions(CATALOGUE);
    const code = await encodeShareCode({
      ...payload,
      assessment: {
        answers: { 'finnes-ikke': 'x', [q2!.id]: 'ukjent', [q1!.id]: q1!.options[0]!.id },
        comments: {},
        context: {},
      },
    });
    const result = await decodeShareCode(code);
    if (!result.ok) throw new Error(result.reason);
    expect(result.payload.assessment.answers).toEqual({ [q1!.id]: q1!.options[0]!.id });
    expect(result.left).toEqual({
      answers: 2,
      unknownQuestions: 1,
      unknownOptions: [{ questionId: q2!.id, count: 1 }],
    });
  });

  it('refuses prototype-polluting keys without polluting anything', async () => {
    const json = `{"v":1,"catalogueVersion":"1","assessment":{"answers":{"__proto__":{"polluted":"yes"}},"comments":{},"context":{}}}`;
    expect(await decodeShareCode(await rawCode(json))).toEqual({ ok: false, reason: 'invalid' });
    const json2 = `{"v":1,"catalogueVersion":"1","assessment":{"answers":{},"comments":{},"context":{}},"constructor":{"prototype":{"polluted":1}}}`;
    expect(await decodeShareCode(await rawCode(json2))).toEqual({ ok: false, reason: 'invalid' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('share code fuzzing', () => {
  const reasons = [
    'malformed',
    'truncated',
    'too-large',
    'newer-version',
    'invalid',
    'unknown-question',
  ];

  async function expectReason(code: string) {
    const result = await decodeShareCode(code);
    if (!result.ok) expect(reasons).toContain(result.reason);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    return result;
  }

  it('never throws on random strings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (s) => {
        await expectReason(s);
      }),
      { numRuns: 2000 },
    );
  });

  it('never calls random text a newer version', async () => {
    const word = fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/);
    await fc.assert(
      fc.asyncProperty(word, async (text) => {
        const result = await expectReason(text);
        expect(result.ok ? null : result.reason).not.toBe('newer-version');
      }),
      { numRuns: 3000 },
    );
  });

  it('never calls random bytes behind a plausible newer version byte a newer version', async () => {
    const bytes = fc.tuple(
      fc.integer({ min: 2, max: 1 + MAX_FORMAT_VERSIONS_AHEAD }),
      fc.uint8Array({ maxLength: 200 }),
    );
    await fc.assert(
      fc.asyncProperty(bytes, async ([version, rest]) => {
        const result = await expectReason(base64UrlEncode(Uint8Array.of(version, ...rest)));
        expect(result.ok ? null : result.reason).not.toBe('newer-version');
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on random base64url text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        const result = await expectReason(base64UrlEncode(bytes));
        expect(result.ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on random JSON behind a valid header, including polluting keys', async () => {
    const key = fc.oneof(
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'v'),
      fc.string(),
    );
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 2 }),
        fc.dictionary(key, tie('value'), { maxKeys: 4 }),
      ),
    })).value;
    await fc.assert(
      fc.asyncProperty(json, async (value) => {
        await expectReason(await rawCode(JSON.stringify(value)));
      }),
      { numRuns: 1000 },
    );
  });

  it('every truncation or bit flip of a real code gives a reason, never a different assessment', async () => {
    const code = await encodeShareCode(payload);
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: code.length - 1 }),
        fc.nat({ max: code.length - 1 }),
        fc.integer({ min: 1, max: 63 }),
        async (cut, pos, flip) => {
          await expectReason(code.slice(0, cut));
          const bytes = base64UrlDecode(code);
          const at = pos % bytes.length;
          bytes[at] = bytes[at]! ^ flip;
          const result = await expectReason(base64UrlEncode(bytes));
          if (result.ok) expect(result.payload).toEqual(payload);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never throws on deeply nested or huge JSON', async () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect((await expectReason(await rawCode(deep))).ok).toBe(false);
    const wide = JSON.stringify({
      v: 1,
      catalogueVersion: '1',
      assessment: {
        answers: Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`q${i}`, 'x'])),
        comments: {},
        context: {},
      },
    });
    expect((await expectReason(await rawCode(wide))).ok).toBe(false);
  });
});
