import { beforeEach, describe, expect, it } from 'vitest';
import type { Assessment } from '../domain/assessment-schema';
import { toWorkshopFile } from '../domain/workshop-schema';
import { RESCUE_PREFIX } from './safe-storage';
import { useStorageStatus } from './storage-status-store';
import { findDuplicate, useWorkshopStore, WORKSHOPS_STORAGE_KEY } from './workshop-store';

const assessment = (option: string, role?: string): Assessment => ({
  answers: { q1: option },
  comments: {},
  context: role ? { rolle: role } : {},
});

const store = () => useWorkshopStore.getState();
const workshop = (id: string) => store().workshops.find((w) => w.id === id)!;

beforeEach(() => {
  useWorkshopStore.setState({ workshops: [], removed: null });
  useStorageStatus.setState({ rescued: [], writeFailed: false });
});

describe('workshop store', () => {
  it('creates several named workshops', () => {
    const a = store().createWorkshop('  Drammen  ');
    const b = store().createWorkshop('Indre Østfold');
    expect(store().workshops.map((w) => w.name)).toEqual(['Drammen', 'Indre Østfold']);
    expect(a).not.toBe(b);
  });

  it('adds participants with running numbers and their role', () => {
    const id = store().createWorkshop('W');
    const added = store().addParticipants(id, [
      { assessment: assessment('a', 'leder'), source: 'link' },
      { assessment: assessment('b'), source: 'file' },
    ]);
    expect(added.map((p) => [p.number, p.role, p.source])).toEqual([
      [1, 'leder', 'link'],
      [2, null, 'file'],
    ]);
    expect(workshop(id).nextNumber).toBe(3);
  });

  it('detects a duplicate by answer content', () => {
    const id = store().createWorkshop('W');
    store().addParticipants(id, [{ assessment: assessment('a', 'leder'), source: 'link' }]);
    expect(findDuplicate(workshop(id), assessment('a', 'leder'))?.number).toBe(1);
    expect(findDuplicate(workshop(id), assessment('b', 'leder'))).toBeNull();
  });

  it('renames, hides and removes a participant, and undoes the removal in place', () => {
    const id = store().createWorkshop('W');
    const [p1, p2, p3] = store().addParticipants(id, [
      { assessment: assessment('a'), source: 'link' },
      { assessment: assessment('b'), source: 'link' },
      { assessment: assessment('c'), source: 'link' },
    ]);
    store().renameParticipant(id, p1!.id, 'Kari');
    store().setHidden(id, p2!.id, true);
    expect(workshop(id).participants.map((p) => [p.name, p.hidden])).toEqual([
      ['Kari', false],
      [null, true],
      [null, false],
    ]);
    store().removeParticipant(id, p2!.id);
    expect(workshop(id).participants.map((p) => p.id)).toEqual([p1!.id, p3!.id]);
    store().undoRemove();
    expect(workshop(id).participants.map((p) => p.id)).toEqual([p1!.id, p2!.id, p3!.id]);
    expect(store().removed).toBeNull();
  });

  it('removes a workshop with undo', () => {
    const a = store().createWorkshop('A');
    store().createWorkshop('B');
    store().removeWorkshop(a);
    expect(store().workshops.map((w) => w.name)).toEqual(['B']);
    store().undoRemove();
    expect(store().workshops.map((w) => w.name)).toEqual(['A', 'B']);
  });

  it('imports an exported workshop as a new one', () => {
    const id = store().createWorkshop('Original');
    store().addParticipants(id, [{ assessment: assessment('a'), source: 'link' }]);
    const file = toWorkshopFile(workshop(id), '1.0.0');
    const copy = store().importWorkshop(file);
    expect(copy).not.toBe(id);
    expect(workshop(copy).name).toBe('Original');
    expect(workshop(copy).participants).toHaveLength(1);
    expect(store().workshops).toHaveLength(2);
  });

  it('saves to localStorage under its own key and reads it back', async () => {
    const id = store().createWorkshop('Lagret');
    store().addParticipants(id, [{ assessment: assessment('a'), source: 'manual' }]);
    const saved = localStorage.getItem(WORKSHOPS_STORAGE_KEY)!;
    const raw = JSON.parse(saved);
    expect(raw.version).toBe(1);
    expect(raw.state.workshops[0].name).toBe('Lagret');
    expect(raw.state.removed).toBeUndefined();
    useWorkshopStore.setState({ workshops: [] });
    localStorage.setItem(WORKSHOPS_STORAGE_KEY, saved);
    await useWorkshopStore.persist.rehydrate();
    expect(store().workshops[0]!.participants).toHaveLength(1);
  });

  it('keeps damaged saved data aside and says so, instead of dropping it', async () => {
    localStorage.setItem(
      WORKSHOPS_STORAGE_KEY,
      JSON.stringify({ version: 1, state: { workshops: [{ id: 1 }] } }),
    );
    await useWorkshopStore.persist.rehydrate();
    expect(localStorage.getItem(`${RESCUE_PREFIX}${WORKSHOPS_STORAGE_KEY}`)).toContain('"id":1');
    expect(useStorageStatus.getState().rescued.map((r) => r.reason)).toEqual(['invalid']);
  });
});
