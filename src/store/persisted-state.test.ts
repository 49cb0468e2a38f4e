import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../domain/catalogue';
import { wizardSteps } from '../domain/steps';
import { migratePersisted, readSaved } from './persisted-state';

const fixture = (name: string) =>
  JSON.parse(readFileSync(join(process.cwd(), 'src/domain/formats/fixtures', name), 'utf8')) as {
    version: number;
    state: Record<string, unknown>;
  };

const Q = 'skranke-organisering';

describe('saved answers of every version', () => {
  it.each(['stored-answers-v1.json', 'stored-answers-v2.json'])(
    '%s (frozen) still opens, carried to today’s catalogue',
    (name) => {
      const { state, version } = fixture(name);
      const result = migratePersisted(state, version);
      if (!result.ok) throw new Error(result.reason);
      expect(result.state.catalogueVersion).toBe(CATALOGUE.version);
      expect(result.state.assessment.context.kommune).toBe('Drammen');
      if (result.note) expect(result.note.from).toBe('1.0.0');
      else expect(CATALOGUE.version).toBe('1.0.0');
    },
  );

  it('v2 keeps today, desired and the snapshot', () => {
    const { state, version } = fixture('stored-answers-v2.json');
    const result = migratePersisted(state, version);
    if (!result.ok) throw new Error(result.reason);
    expect(result.state.editing).toBe('desired');
    expect(result.state.desired).not.toBeNull();
    expect(result.state.snapshots.map((s) => s.label)).toEqual(['Vår 2025']);
  });
});

describe('migratePersisted checks what it reads', () => {
  // A version-3 state of today's catalogue: the frozen v2 state, carried forward.
  const { state, version } = fixture('stored-answers-v2.json');
  const carried = migratePersisted(state, version);
  if (!carried.ok) throw new Error(carried.reason);
  const v3 = carried.state;

  it('refuses a newer version, a newer catalogue, an unknown variant and unknown answers', () => {
    expect(migratePersisted(v3, 99)).toMatchObject({ ok: false, reason: 'newer-version' });
    expect(migratePersisted({ ...v3, catalogueVersion: '99.0.0' }, 3)).toMatchObject({
      ok: false,
      reason: 'newer-version',
    });
    expect(migratePersisted({ ...v3, editing: 'x' }, 3)).toMatchObject({ ok: false });
    expect(
      migratePersisted(
        { ...v3, assessment: { answers: { ukjent: 'a' }, comments: {}, context: {} } },
        3,
      ),
    ).toMatchObject({ ok: false, reason: 'invalid', detail: 'ukjent' });
    expect(
      migratePersisted(
        { ...v3, assessment: { answers: { [Q]: 'nei' }, comments: {}, context: {} } },
        3,
      ),
    ).toMatchObject({ ok: false, reason: 'invalid' });
    expect(migratePersisted(null, 1)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('puts right what only the app could get wrong: editing a missing desired state, a step too far', () => {
    const result = migratePersisted({ ...v3, desired: null, editing: 'desired', step: 50 }, 3);
    if (!result.ok) throw new Error(result.reason);
    expect(result.state.editing).toBe('today');
    expect(result.state.step).toBe(wizardSteps(CATALOGUE).length);
  });

  it('reads another tab’s save, and nothing from text that is not one', () => {
    expect(readSaved(JSON.stringify({ state: v3, version: 3 }))?.assessment).toEqual(v3.assessment);
    expect(readSaved('{not json')).toBeNull();
    expect(readSaved('['.repeat(100_000))).toBeNull();
    expect(readSaved(JSON.stringify({ state: v3, version: 99 }))).toBeNull();
  });
});
