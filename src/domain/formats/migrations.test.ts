import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAssessmentFile } from '../assessment-file';
import type { Assessment } from '../assessment-schema';
import { CATALOGUE } from '../catalogue';
import type { CatalogueStep } from '../catalogue-step';
import { decodeShareCode } from '../share-code';
import { decodeJoinPayload, migrateWorkshops, parseWorkshopFile } from '../workshop-schema';
import { currentVersion, FORMAT_STEPS, migrateFormat, type FormatStep } from './migrations';
import { CATALOGUE_STEPS, carryToCatalogue, compareVersions, mergeNotes } from './catalogue-carry';

/** The frozen fixtures; the saved answers' ones are opened in store/persisted-state.test.ts. */
const FIXTURES = join(process.cwd(), 'src/domain/formats/fixtures');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const json = (name: string) => JSON.parse(fixture(name)) as { version: number; state: unknown };

/**
 * Every old version's fixture, with the hash it was frozen with. A fixture is never edited: a
 * change of shape adds a new fixture (and a new line here) instead.
 */
const FROZEN: Record<string, string> = {
  'assessment-file-v1.json': '42e2873184ef02282db018aa1a90be4341b08ad80cec7c264af2d0f7cc10e12c',
  'join-link-v1.json': '357a14d160a9dadd372ca643012ee09914f3076259e4bd699efffe23190307b9',
  'share-code-v1.json': '9e4cfac13270be140d62c5a00c485a880152acc4956b4599828d4576b8c35e5e',
  'stored-answers-v1.json': '136d3a7fcd7f19e558eb7a26897fcd1b2b31b82d803bfc6e0c9a8da7462e20cd',
  'stored-answers-v2.json': 'd99c947beeb27aa6b62b73cd2b8cc0777d86299d2b0609d9d5b8f8daa2b84645',
  'stored-workshops-v1.json': '2f1c4194553b963a3f9e8d53e3b3cf740c508b5cf032a54118e588b7f9e902ae',
  'workshop-file-v1.json': 'edd39766c46ebc0b7a9b0fde2bc5ed46910a89f90bdf847886eb311d51ba44eb',
};

const Q = 'skranke-organisering';

describe('frozen fixtures', () => {
  it('are all listed and unchanged since they were frozen', () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual(Object.keys(FROZEN).sort());
    for (const file of files) {
      expect(createHash('sha256').update(fixture(file)).digest('hex'), file).toBe(FROZEN[file]);
    }
  });

  it('there is a fixture of every version of every format before the current one', () => {
    const names: Record<string, string> = {
      storedAnswers: 'stored-answers',
      storedWorkshops: 'stored-workshops',
      assessmentFile: 'assessment-file',
      workshopFile: 'workshop-file',
    };
    for (const [format, prefix] of Object.entries(names)) {
      for (let v = 1; v < currentVersion(format as keyof typeof FORMAT_STEPS); v++) {
        expect(Object.keys(FROZEN), `${format} v${v}`).toContain(`${prefix}-v${v}.json`);
      }
    }
  });

  it('saved workshops v1 still open; every participant gets today’s catalogue', () => {
    const { state, version } = json('stored-workshops-v1.json');
    const result = migrateWorkshops(state, version);
    if (!result.ok) throw new Error(result.reason);
    const participants = result.state.workshops[0]!.participants;
    expect(participants.map((p) => [p.number, p.name, p.hidden])).toEqual([
      [1, 'Kari', false],
      [2, null, true],
    ]);
    expect(participants.every((p) => p.catalogueVersion === CATALOGUE.version)).toBe(true);
  });

  it('the workshop file v1 still opens; the role «Leder», which catalogue 2.0.0 splits, is left out with a line', () => {
    const result = parseWorkshopFile(fixture('workshop-file-v1.json'));
    if (!result.ok) throw new Error(result.reason);
    expect(result.file.version).toBe(currentVersion('workshopFile'));
    expect(result.note).toMatchObject({ from: '1.0.0', to: CATALOGUE.version });
    expect(result.repairs).toEqual([{ kind: 'unknown-role', number: 1 }]);
    expect(result.file.workshop.participants).toHaveLength(2);
  });

  it('the assessment file v1 still opens', () => {
    const result = parseAssessmentFile(fixture('assessment-file-v1.json'), CATALOGUE);
    if (!result.ok) throw new Error(result.reason);
    expect(result.file.assessment.context.kommune).toBe('Drammen');
    expect(result.file.snapshots).toHaveLength(1);
  });

  it('the share code v1 still opens', async () => {
    const { code } = JSON.parse(fixture('share-code-v1.json')) as { code: string };
    const result = await decodeShareCode(code, CATALOGUE);
    if (!result.ok) throw new Error(result.reason);
    expect(result.payload.assessment.context.kommune).toBe('Drammen');
    expect(result.payload.desired).toBeTruthy();
  });

  it('the join link v1 still opens', () => {
    const { code } = JSON.parse(fixture('join-link-v1.json')) as { code: string };
    expect(decodeJoinPayload(code)).toEqual({ name: 'Workshop i Drammen' });
  });
});

describe('format steps, one test each', () => {
  const assessment = { answers: { [Q]: 'en-felles' }, comments: {}, context: {} };

  it('storedAnswers 1 → 2 adds no desired state, today as edited, no snapshots', () => {
    const v1 = { assessment, step: 1, createdAt: null, updatedAt: null };
    const input = structuredClone(v1);
    expect(FORMAT_STEPS.storedAnswers[0]!.up(input)).toEqual({
      ...v1,
      desired: null,
      editing: 'today',
      snapshots: [],
    });
    expect(input).toEqual(v1);
  });

  it('storedAnswers 2 → 3 stamps catalogue 1.0.0, the only one before', () => {
    const v2 = { assessment, desired: null, editing: 'today', snapshots: [], step: 0 };
    expect(FORMAT_STEPS.storedAnswers[1]!.up(v2)).toEqual({ ...v2, catalogueVersion: '1.0.0' });
  });

  it('storedWorkshops 1 → 2 stamps catalogue 1.0.0 on every participant', () => {
    const v1 = { workshops: [{ id: 'w', participants: [{ id: 'p' }, { id: 'q' }] }] };
    expect(FORMAT_STEPS.storedWorkshops[0]!.up(v1)).toEqual({
      workshops: [
        {
          id: 'w',
          participants: [
            { id: 'p', catalogueVersion: '1.0.0' },
            { id: 'q', catalogueVersion: '1.0.0' },
          ],
        },
      ],
    });
    // Not a list: left for the schema to refuse, not turned into one.
    expect(FORMAT_STEPS.storedWorkshops[0]!.up({ workshops: 'x' })).toEqual({ workshops: 'x' });
  });

  it('workshopFile 1 → 2 gives every participant the file’s catalogue version', () => {
    const v1 = {
      type: 'modellkart-workshop',
      version: 1,
      catalogueVersion: '1.0.0',
      workshop: { participants: [{ id: 'p' }] },
    };
    expect(FORMAT_STEPS.workshopFile[0]!.up(v1)).toEqual({
      ...v1,
      version: 2,
      workshop: { participants: [{ id: 'p', catalogueVersion: '1.0.0' }] },
    });
  });

  it('every step has a name', () => {
    for (const steps of Object.values(FORMAT_STEPS)) {
      for (const step of steps as readonly FormatStep[]) expect(step.name).toMatch(/^\d+ → \d+: /);
    }
  });
});

describe('migrateFormat', () => {
  const steps: FormatStep[] = [
    { name: '1 → 2', up: (d) => ({ ...d, two: true }) },
    { name: '2 → 3', up: (d) => ({ ...d, three: true }) },
  ];

  it('runs the steps from the given version in order', () => {
    expect(migrateFormat('storedAnswers', { a: 1 }, 1, steps)).toEqual({
      ok: true,
      data: { a: 1, two: true, three: true },
    });
    expect(migrateFormat('storedAnswers', { a: 1 }, 2, steps)).toEqual({
      ok: true,
      data: { a: 1, three: true },
    });
    expect(migrateFormat('storedAnswers', { a: 1 }, 3, steps)).toEqual({
      ok: true,
      data: { a: 1 },
    });
  });

  it('refuses a newer version, a version that is not one, and data that is not a record', () => {
    expect(migrateFormat('storedAnswers', {}, 4, steps)).toEqual({
      ok: false,
      reason: 'newer-version',
    });
    for (const version of [0, -1, 1.5, '1', null]) {
      expect(migrateFormat('storedAnswers', {}, version, steps)).toEqual({
        ok: false,
        reason: 'invalid',
      });
    }
    for (const data of [null, [], 'x', 3]) {
      expect(migrateFormat('storedAnswers', data, 1, steps)).toEqual({
        ok: false,
        reason: 'invalid',
      });
    }
  });

  it('turns a step that throws into a refusal', () => {
    const broken: FormatStep[] = [
      {
        name: '1 → 2',
        up: () => {
          throw new Error('x');
        },
      },
    ];
    expect(migrateFormat('storedAnswers', {}, 1, broken)).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('the catalogue registry', () => {
  // A tiny catalogue pair: 0.1 asked «skranke» (a, b, c); 0.2 merges b into a and drops «gammel».
  const step: CatalogueStep = {
    from: '0.1',
    to: '0.2',
    migrate: (a) => {
      const answers = { ...a.answers };
      const changed: string[] = [];
      if (answers.skranke === 'b') {
        answers.skranke = 'a';
        changed.push('skranke');
      }
      if ('gammel' in answers) {
        delete answers.gammel;
        changed.push('gammel');
      }
      return { assessment: { ...a, answers }, changed };
    },
  };
  const next: CatalogueStep = {
    from: '0.2',
    to: '0.3',
    migrate: (a) => ({ assessment: a, changed: [] }),
  };
  const make = (answers: Record<string, string>): Assessment => ({
    answers,
    comments: {},
    context: {},
  });

  it('leaves answers from today’s catalogue alone, with no note', () => {
    const a = make({ skranke: 'b' });
    expect(carryToCatalogue([a], '0.2', '0.2', [step])).toEqual({
      ok: true,
      assessments: [a],
      note: null,
    });
  });

  it('carries older answers and names the questions that changed, once each', () => {
    const result = carryToCatalogue(
      [make({ skranke: 'b', gammel: 'x' }), make({ skranke: 'b' }), make({ skranke: 'c' })],
      '0.1',
      '0.3',
      [next, step],
    );
    expect(result).toEqual({
      ok: true,
      assessments: [make({ skranke: 'a' }), make({ skranke: 'a' }), make({ skranke: 'c' })],
      note: { from: '0.1', to: '0.3', changed: ['skranke', 'gammel'] },
    });
  });

  it('refuses versions no chain of steps reaches, newer ones as newer', () => {
    expect(carryToCatalogue([make({})], '0.0', '0.2', [step])).toEqual({
      ok: false,
      reason: 'unknown-catalogue',
    });
    expect(carryToCatalogue([make({})], '9.0', '0.2', [step])).toEqual({
      ok: false,
      reason: 'newer-catalogue',
    });
    const loop: CatalogueStep = { ...next, from: '0.2', to: '0.1' };
    expect(carryToCatalogue([make({})], '0.1', '0.9', [step, loop]).ok).toBe(false);
  });

  it('reaches today’s catalogue from 1.0.0, so every old fixture can be carried', () => {
    expect(carryToCatalogue([make({})], '1.0.0', CATALOGUE.version, CATALOGUE_STEPS).ok).toBe(true);
  });

  it('orders versions by number and merges notes from several parts', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBe(1);
    expect(compareVersions('2.0', '2.0.0')).toBe(0);
    expect(compareVersions('x', '0.0.1')).toBe(-1);
    expect(
      mergeNotes([
        null,
        { from: '1.1.0', to: '2.0.0', changed: ['a'] },
        { from: '1.0.0', to: '2.0.0', changed: ['a', 'b'] },
      ]),
    ).toEqual({ from: '1.0.0', to: '2.0.0', changed: ['a', 'b'] });
    expect(mergeNotes([null])).toBeNull();
  });
});
