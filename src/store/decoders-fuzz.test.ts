import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  MAX_ASSESSMENT_FILE_CHARS,
  parseAssessmentFile,
  serializeAssessmentFile,
} from '../domain/assessment-file';
import { NOTHING_LEFT_OUT } from '../domain/assessment-schema';
import { CATALOGUE } from '../domain/catalogue';
import { scoredQuestions } from '../domain/catalogue-schema';
import { currentVersion } from '../domain/formats/migrations';
import type { WorkCounter } from '../domain/safe-json';
import { decodeShareCode, encodeShareCode, MAX_SHARE_CODE_LENGTH } from '../domain/share-code';
import {
  decodeJoinPayload,
  encodeJoinPayload,
  extractShareCode,
  MAX_WORKSHOP_FILE_BYTES,
  migrateWorkshops,
  parseWorkshopFile,
  WORKSHOPS_VERSION,
} from '../domain/workshop-schema';
import { findEarlierRescues, parseRescueKey } from './earlier-rescues';
import { migratePersisted, readSaved } from './persisted-state';
import { createSafeStorage, RESCUE_PREFIX } from './safe-storage';

/**
 * Every decoder of outside data under random and mutated input: none throws, a refusal changes
 * nothing, whatever is accepted encodes again to the same value, and the work done before an
 * answer is bounded by the input's length (counted, never timed). Seeded: a failure repeats.
 */
const SEED = 20261206;
const RUNS = 400;
const figures: Record<string, { inputs: number; accepted: number }> = {};
const count = (decoder: string, accepted: boolean) => {
  const f = (figures[decoder] ??= { inputs: 0, accepted: 0 });
  f.inputs++;
  if (accepted) f.accepted++;
};
afterAll(() => {
  // The figures for the record: inputs per decoder and how many were accepted.
  console.info(
    Object.entries(figures)
      .map(([d, f]) => `fuzz ${d}: ${f.inputs} inputs, ${f.accepted} accepted`)
      .join('\n'),
  );
});

const fixture = (name: string) =>
  readFileSync(join(process.cwd(), 'src/domain/formats/fixtures', name), 'utf8');

/** Text shaped like our files: a real one with a random value put in at a random place. */
function mutated(text: string): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify(v)),
    fc
      .tuple(fc.nat({ max: text.length }), fc.jsonValue({ maxDepth: 4 }))
      .map(([at, v]) => text.slice(0, at) + JSON.stringify(v) + text.slice(at)),
    fc
      .tuple(fc.nat({ max: text.length }), fc.nat({ max: 200 }))
      .map(([at, n]) => text.slice(0, at) + text.slice(at + n)),
    fc
      .constantFrom('{', '[', '{"a":')
      .chain((open) => fc.integer({ min: 1, max: 50_000 }).map((n) => open.repeat(n))),
    fc.constant(text),
  );
}

/**
 * Answers as a file or link may carry them: known and unknown question ids, each with a known
 * option, an unknown one or «vet-ikke». What is unknown must be left out and counted, never kept.
 */
const questionIds = scoredQuestions(CATALOGUE).map((q) => q.id);
const someAnswers = fc.dictionary(
  fc.oneof(fc.constantFrom(...questionIds), fc.string({ minLength: 1, maxLength: 12 })),
  fc.oneof(
    fc.constantFrom('vet-ikke', 'ukjent'),
    fc.constantFrom(...scoredQuestions(CATALOGUE).flatMap((q) => q.options.map((o) => o.id))),
  ),
  { maxKeys: 12 },
);
const knownOnly = (answers: Record<string, string>) =>
  Object.entries(answers).every(([q, o]) => {
    const question = scoredQuestions(CATALOGUE).find((s) => s.id === q);
    return question && (o === 'vet-ikke' || question.options.some((x) => x.id === o));
  });

/** Linear in the input: at most a few visits per character, plus a constant. */
const bound = (length: number) => 4 * length + 10_000;
const pristine = () => expect(({} as Record<string, unknown>).polluted).toBeUndefined();

describe('decoders under fuzzing', () => {
  it('assessment file', () => {
    const text = fixture('assessment-file-v1.json');
    fc.assert(
      fc.property(mutated(text), (input) => {
        const counter: WorkCounter = { ops: 0 };
        const result = parseAssessmentFile(input, CATALOGUE, counter);
        count('assessment file', result.ok);
        expect(counter.ops).toBeLessThanOrEqual(bound(input.length));
        pristine();
        if (result.ok) {
          const again = parseAssessmentFile(serializeAssessmentFile(result.file), CATALOGUE);
          expect(again).toEqual({
            ok: true,
            file: result.file,
            note: null,
            left: NOTHING_LEFT_OUT,
          });
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // Unknown questions and options: the rest is kept, what is unknown is left out and counted.
    const base = JSON.parse(text);
    fc.assert(
      fc.property(someAnswers, (answers) => {
        const input = JSON.stringify({
          ...base,
          catalogueVersion: CATALOGUE.version,
          assessment: { answers, comments: {}, context: {} },
          desired: null,
          snapshots: [],
        });
        const result = parseAssessmentFile(input, CATALOGUE);
        count('assessment file, unknown answers', result.ok);
        const known = Object.keys(answers).filter((q) => knownOnly({ [q]: answers[q]! }));
        if (!result.ok) {
          expect(result.reason).toBe('unknown-question');
          expect(known).toEqual([]);
          return;
        }
        expect(Object.keys(result.file.assessment.answers).sort()).toEqual(known.sort());
        expect(result.left.answers).toBe(Object.keys(answers).length - known.length);
        for (const { questionId } of result.left.unknownOptions) {
          expect(questionIds).toContain(questionId);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
    const counter: WorkCounter = { ops: 0 };
    parseAssessmentFile(' '.repeat(MAX_ASSESSMENT_FILE_CHARS + 1), CATALOGUE, counter);
    expect(counter.ops).toBe(0);
  });

  it('workshop file', () => {
    const text = fixture('workshop-file-v1.json');
    let id = 0;
    const newId = () => `new-${id++}`;
    fc.assert(
      fc.property(mutated(text), (input) => {
        const counter: WorkCounter = { ops: 0 };
        const result = parseWorkshopFile(input, CATALOGUE, newId, counter);
        count('workshop file', result.ok);
        expect(counter.ops).toBeLessThanOrEqual(bound(input.length));
        pristine();
        if (result.ok) {
          const ids = result.file.workshop.participants.map((p) => p.id);
          const numbers = result.file.workshop.participants.map((p) => p.number);
          expect(new Set(ids).size).toBe(ids.length);
          expect(new Set(numbers).size).toBe(numbers.length);
          expect(Math.max(0, ...numbers)).toBeLessThan(result.file.workshop.nextNumber);
          const again = parseWorkshopFile(JSON.stringify(result.file), CATALOGUE, newId);
          expect(again).toEqual({ ok: true, file: result.file, repairs: [], note: null });
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
    const counter: WorkCounter = { ops: 0 };
    parseWorkshopFile(' '.repeat(MAX_WORKSHOP_FILE_BYTES + 1), CATALOGUE, newId, counter);
    expect(counter.ops).toBe(0);
  });

  it('share code', async () => {
    const { code } = JSON.parse(fixture('share-code-v1.json')) as { code: string };
    const codes = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.base64String({ maxLength: 400 }).map((s) => s.replace(/\+/g, '-').replace(/\//g, '_')),
      fc
        .tuple(fc.nat({ max: code.length - 1 }), fc.constantFrom(...'AZaz09-_'))
        .map(([at, c]) => code.slice(0, at) + c + code.slice(at + 1)),
      fc.nat({ max: code.length }).map((n) => code.slice(0, n)),
      fc.integer({ min: 1, max: 200_000 }).map((n) => 'A'.repeat(n)),
      fc.constant(code),
    );
    await fc.assert(
      fc.asyncProperty(codes, async (input) => {
        const counter: WorkCounter = { ops: 0 };
        const result = await decodeShareCode(input, CATALOGUE, counter);
        count('share code', result.ok);
        if (input.length > MAX_SHARE_CODE_LENGTH + 100) expect(counter.ops).toBe(0);
        pristine();
        if (result.ok) {
          const again = await decodeShareCode(await encodeShareCode(result.payload), CATALOGUE);
          expect(again).toEqual({
            ok: true,
            payload: result.payload,
            note: null,
            left: NOTHING_LEFT_OUT,
          });
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('share code with unknown answers', async () => {
    await fc.assert(
      fc.asyncProperty(someAnswers, async (answers) => {
        const code = await encodeShareCode({
          v: 1,
          catalogueVersion: CATALOGUE.version,
          assessment: { answers, comments: {}, context: {} },
        });
        const result = await decodeShareCode(code, CATALOGUE);
        count('share code, unknown answers', result.ok);
        const known = Object.keys(answers).filter((q) => knownOnly({ [q]: answers[q]! }));
        if (!result.ok) {
          expect(result.reason).toBe('unknown-question');
          expect(known).toEqual([]);
          return;
        }
        expect(Object.keys(result.payload.assessment.answers).sort()).toEqual(known.sort());
        expect(result.left.answers).toBe(Object.keys(answers).length - known.length);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('saved workshops', () => {
    const saved = JSON.parse(fixture('stored-workshops-v1.json')) as { state: object };
    const text = JSON.stringify(saved.state);
    let id = 0;
    const newId = () => `new-${id++}`;
    fc.assert(
      fc.property(mutated(text), fc.integer({ min: -1, max: 4 }), (input, version) => {
        let state: unknown;
        try {
          state = JSON.parse(input);
        } catch {
          state = input;
        }
        const before = JSON.stringify(state);
        const result = migrateWorkshops(state, version, CATALOGUE, newId);
        count('saved workshops', result.ok);
        expect(JSON.stringify(state)).toBe(before);
        pristine();
        if (result.ok) {
          for (const w of result.state.workshops) {
            const ids = w.participants.map((p) => p.id);
            expect(new Set(ids).size).toBe(ids.length);
          }
          // Saved as repaired, it reads back the same with nothing more to put right.
          expect(migrateWorkshops(result.state, WORKSHOPS_VERSION, CATALOGUE, newId)).toEqual({
            ok: true,
            state: result.state,
            note: null,
            repairs: [],
          });
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('rescue keys and the list of downloaded rescues', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 80 }),
          fc.string({ maxLength: 40 }).map((s) => RESCUE_PREFIX + s),
          fc
            .tuple(fc.constantFrom('modellkart:assessment', 'x', ''), fc.date())
            .map(
              ([n, d]) =>
                `${RESCUE_PREFIX}${n}:${Number.isNaN(d.getTime()) ? 'x' : d.toISOString()}`,
            ),
        ),
        fc.string({ maxLength: 200 }),
        (key, list) => {
          const parts = parseRescueKey(key);
          count('rescue key', parts !== null);
          if (parts) {
            expect(key.startsWith(RESCUE_PREFIX)).toBe(true);
            expect(parts.name).not.toBe('');
          }
          localStorage.clear();
          localStorage.setItem('modellkart:assessment', 'answers');
          localStorage.setItem(key, 'copy');
          localStorage.setItem('modellkart:rescues-downloaded', list);
          findEarlierRescues();
          // Whatever the list says, nothing but rescue copies is ever deleted.
          expect(localStorage.getItem('modellkart:assessment')).toBe(
            key === 'modellkart:assessment' ? 'copy' : 'answers',
          );
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
    localStorage.clear();
  });

  it('join link and pasted lines', () => {
    const { code } = JSON.parse(fixture('join-link-v1.json')) as { code: string };
    const inputs = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.base64String(),
      fc.constant(code),
      fc.nat({ max: code.length }).map((n) => code.slice(0, n)),
      fc
        .tuple(fc.nat({ max: code.length - 1 }), fc.constantFrom(...'AZaz09-_'))
        .map(([at, c]) => code.slice(0, at) + c + code.slice(at + 1)),
    );
    fc.assert(
      fc.property(inputs, (input) => {
        const joined = decodeJoinPayload(input);
        count('join link', joined !== null);
        if (joined) expect(decodeJoinPayload(encodeJoinPayload(joined))).toEqual(joined);
        const line = extractShareCode(input);
        count('pasted line', line !== null);
        if (line !== null) expect(line).not.toMatch(/\s/);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    expect(decodeJoinPayload('e'.repeat(1_000_000))).toBeNull();
  });

  it('saved answers, and another tab’s save', () => {
    const saved = JSON.parse(fixture('stored-answers-v2.json')) as { state: object };
    const text = JSON.stringify(saved.state);
    fc.assert(
      fc.property(mutated(text), fc.integer({ min: -1, max: 5 }), (input, version) => {
        let state: unknown;
        try {
          state = JSON.parse(input);
        } catch {
          state = input;
        }
        const before = JSON.stringify(state);
        const result = migratePersisted(state, version);
        count('saved answers', result.ok);
        expect(JSON.stringify(state)).toBe(before);
        if (result.ok) {
          expect(migratePersisted(result.state, currentVersion('storedAnswers'))).toEqual({
            ok: true,
            state: result.state,
            note: null,
          });
        }
        const other = readSaved(JSON.stringify({ state, version }));
        count('other tab’s save', other !== null);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('the safe storage leaves what it cannot read in place', async () => {
    const saved = fixture('stored-answers-v2.json');
    const storage = createSafeStorage(
      currentVersion('storedAnswers'),
      (state, version) => migratePersisted(state, version),
      { onRescue: () => {}, onWriteError: () => {} },
    );
    await fc.assert(
      fc.asyncProperty(mutated(saved), async (raw) => {
        localStorage.clear();
        localStorage.setItem('fuzz', raw);
        const result = await storage.getItem('fuzz');
        count('saved text (safe storage)', result !== null);
        // Read or not, the original is never removed or changed by reading it.
        expect(localStorage.getItem('fuzz')).toBe(raw);
      }),
      { seed: SEED, numRuns: 200 },
    );
    localStorage.clear();
  });
});
