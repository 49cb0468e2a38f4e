import { describe, expect, it } from 'vitest';
import { migratePersisted, migrations } from './persisted-state';
import { PERSISTED_VERSION } from './persisted-version';

const v1Fixture = {
  assessment: {
    answers: { 'felles-skranke': 'felles', budsjett: 'vet-ikke' },
    comments: { 'felles-skranke': 'Siden 2022' },
    context: { kommune: 'Drammen', tjenester: ['kino', 'kafe'] },
  },
  step: 3,
  createdAt: '2024-01-02T10:00:00.000Z',
  updatedAt: '2024-01-03T10:00:00.000Z',
};

describe('migration 1 → 2', () => {
  it('keeps every answer and adds an empty desired state, today as the edited variant and no snapshots', () => {
    const result = migratePersisted(structuredClone(v1Fixture), 1);
    expect(result).toEqual({
      ok: true,
      state: { ...v1Fixture, desired: null, editing: 'today', snapshots: [] },
    });
  });

  it('does not change its input', () => {
    const input = structuredClone(v1Fixture);
    migrations[1]!(input);
    expect(input).toEqual(v1Fixture);
  });

  it('rejects a damaged v1 state instead of inventing data', () => {
    expect(migratePersisted({ ...v1Fixture, step: 'x' }, 1)).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
    expect(migratePersisted(null, 1)).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

describe('migratePersisted', () => {
  const v2 = {
    ...v1Fixture,
    desired: { answers: { 'felles-skranke': 'hver-sin' }, comments: {}, context: {} },
    editing: 'desired',
    snapshots: [
      {
        id: 'a',
        label: 'Vår 2024',
        createdAt: '2024-03-01T10:00:00.000Z',
        variant: 'today',
        assessment: v1Fixture.assessment,
      },
    ],
  };

  it('accepts the current version as it is', () => {
    expect(PERSISTED_VERSION).toBe(2);
    expect(migratePersisted(v2, 2)).toEqual({ ok: true, state: v2 });
  });

  it('refuses a newer version and an unknown variant', () => {
    expect(migratePersisted(v2, 3)).toMatchObject({ ok: false, reason: 'newer-version' });
    expect(migratePersisted({ ...v2, editing: 'later' }, 2)).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
  });

  it('refuses more snapshots than the limit', () => {
    const many = Array.from({ length: 51 }, (_, i) => ({ ...v2.snapshots[0], id: `s${i}` }));
    expect(migratePersisted({ ...v2, snapshots: many }, 2)).toMatchObject({ ok: false });
  });
});
