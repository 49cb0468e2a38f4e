import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildAssessmentFile,
  MAX_ASSESSMENT_FILE_CHARS,
  parseAssessmentFile,
  serializeAssessmentFile,
} from './assessment-file';
import { NOTHING_LEFT_OUT, type Assessment } from './assessment-schema';
import { CATALOGUE } from './catalogue';
import { scoredQuestions } from './catalogue-schema';

const question = scoredQuestions(CATALOGUE)[0]!;
const assessment: Assessment = {
  answers: { [question.id]: question.options[0]!.id },
  comments: { [question.id]: 'Vi har «felles» skranke & <kaffe>' },
  context: {},
};
const file = buildAssessmentFile({
  assessment,
  catalogue: CATALOGUE,
  createdAt: '2025-01-02T10:00:00.000Z',
  updatedAt: '2025-01-03T10:00:00.000Z',
  desired: { answers: {}, comments: { [question.id]: 'Mål' }, context: {} },
  snapshots: [
    {
      id: 's1',
      label: 'Før workshop',
      createdAt: '2025-01-02T11:00:00.000Z',
      variant: 'today',
      assessment,
    },
  ],
  now: new Date('2025-01-04T10:00:00.000Z'),
});
const text = serializeAssessmentFile(file);

describe('assessment file', () => {
  it('is self-describing', () => {
    const data = JSON.parse(text);
    expect(data).toMatchObject({
      type: 'modellkart-assessment',
      version: 1,
      catalogueVersion: CATALOGUE.version,
      createdAt: '2025-01-02T10:00:00.000Z',
      updatedAt: '2025-01-03T10:00:00.000Z',
      exportedAt: '2025-01-04T10:00:00.000Z',
      assessment,
    });
  });

  it('round-trips to an identical file', () => {
    const result = parseAssessmentFile(text, CATALOGUE);
    expect(result).toEqual({ ok: true, file, note: null, left: NOTHING_LEFT_OUT });
    if (result.ok) expect(serializeAssessmentFile(result.file)).toBe(text);
  });

  it('names each problem', () => {
    const parse = (t: string) => parseAssessmentFile(t, CATALOGUE);
    expect(parse('{"type":')).toMatchObject({ ok: false, reason: 'not-json' });
    expect(parse('{"type":"something-else","version":1}')).toMatchObject({
      ok: false,
      reason: 'wrong-type',
    });
    expect(parse('[]')).toMatchObject({ ok: false, reason: 'wrong-type' });
    expect(parse(JSON.stringify({ ...file, version: 2 }))).toMatchObject({
      ok: false,
      reason: 'newer-version',
    });
    expect(parse(JSON.stringify({ ...file, assessment: { answers: 5 } }))).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
    // Nothing but unknown answers: nothing is left to import.
    const only = { answers: { nope: 'ja' }, comments: {}, context: {} };
    expect(
      parse(JSON.stringify({ ...file, assessment: only, desired: null, snapshots: [] })),
    ).toEqual({ ok: false, reason: 'unknown-question' });
    expect(parse(' '.repeat(MAX_ASSESSMENT_FILE_CHARS + 1))).toMatchObject({
      ok: false,
      reason: 'too-large',
    });
  });

  it('leaves out unknown questions and options everywhere, counts them, and keeps the rest', () => {
    const [q1, q2] = scoredQuestions(CATALOGUE);
    const mixed = {
      answers: { 'finnes-ikke': 'x', [q2!.id]: 'ukjent', [q1!.id]: q1!.options[0]!.id },
      comments: { 'finnes-ikke': 'en kommentar' },
      context: {},
    };
    const result = parseAssessmentFile(
      JSON.stringify({
        ...file,
        assessment: mixed,
        desired: { answers: { 'finnes-ikke': 'x' }, comments: {}, context: {} },
        snapshots: [{ ...file.snapshots![0]!, assessment: mixed }],
      }),
      CATALOGUE,
    );
    if (!result.ok) throw new Error(result.reason);
    const kept = { answers: { [q1!.id]: q1!.options[0]!.id }, comments: {}, context: {} };
    expect(result.file.assessment).toEqual(kept);
    expect(result.file.desired).toEqual({ answers: {}, comments: {}, context: {} });
    expect(result.file.snapshots![0]!.assessment).toEqual(kept);
    // Today 2 (the unknown question's answer and comment count once), desired 1, snapshot 2.
    expect(result.left).toEqual({
      answers: 5,
      unknownQuestions: 1,
      unknownOptions: [{ questionId: q2!.id, count: 1 }],
    });
    // No unknown id is passed on to be shown.
    expect(JSON.stringify(result.left)).not.toContain('finnes-ikke');
    expect(JSON.stringify(result.left)).not.toContain('ukjent');
  });

  it('refuses prototype-polluting keys', () => {
    const evil = text.replace('"answers": {', '"answers": {"__proto__": {"polluted": "x"},');
    expect(parseAssessmentFile(evil, CATALOGUE)).toMatchObject({ ok: false, reason: 'invalid' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('assessment file fuzzing', () => {
  const reasons = [
    'not-json',
    'wrong-type',
    'newer-version',
    'invalid',
    'unknown-question',
    'too-large',
  ];
  function check(t: string) {
    const result = parseAssessmentFile(t, CATALOGUE);
    if (!result.ok) expect(reasons).toContain(result.reason);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    return result;
  }

  it('never throws on random text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (s) => void check(s)),
      { numRuns: 3000 },
    );
  });

  it('never throws on random JSON shaped like a file', () => {
    const key = fc.oneof(
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'answers'),
      fc.string(),
    );
    const anything = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 2 }),
        fc.dictionary(key, tie('value'), { maxKeys: 4 }),
      ),
    })).value;
    fc.assert(
      fc.property(anything, anything, fc.integer({ min: -2, max: 5 }), (a, b, version) => {
        check(
          JSON.stringify({ type: 'modellkart-assessment', version, assessment: a, snapshots: b }),
        );
        check(JSON.stringify({ ...file, assessment: { answers: a, comments: b, context: {} } }));
      }),
      { numRuns: 2000 },
    );
  });

  it('every truncation of a real file gives a reason', () => {
    fc.assert(
      fc.property(fc.nat({ max: text.length - 2 }), (cut) => {
        expect(check(text.slice(0, cut)).ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on deeply nested input', () => {
    const deep = `{"type":"modellkart-assessment","version":1,"assessment":${'['.repeat(500_000)}`;
    expect(check(deep).ok).toBe(false);
    const deepValid = `{"type":"modellkart-assessment","version":1,"x":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    expect(check(deepValid).ok).toBe(false);
  });
});
