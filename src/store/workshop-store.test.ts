import { act, renderHook } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Assessment } from '../domain/assessment-schema';
import {
  toWorkshopFile,
  WORKSHOPS_VERSION,
  type Participant,
  type Workshop,
} from '../domain/workshop-schema';
import { RESCUE_PREFIX } from './safe-storage';
import { useStorageStatus } from './storage-status-store';
import {
  findDuplicate,
  startWorkshopStore,
  syncWorkshopsAcrossTabs,
  useWorkshopsHydrated,
  useWorkshopStore,
  WORKSHOPS_STORAGE_KEY,
} from './workshop-store';

// Saved workshops are checked against the catalogue when read: a real question, told apart by
// the comment.
const Q = 'skranke-organisering';
const assessment = (option: string, role?: string): Assessment => ({
  answers: { [Q]: 'vet-ikke' },
  comments: { [Q]: option },
  context: role ? { rolle: role } : {},
});

const store = () => useWorkshopStore.getState();
/** The one rescued copy of the workshops (its key carries the time it was made). */
const rescuedCopy = () => {
  const key = Object.keys(localStorage).find((k) =>
    k.startsWith(`${RESCUE_PREFIX}${WORKSHOPS_STORAGE_KEY}:`),
  );
  return key ? localStorage.getItem(key) : null;
};
const workshop = (id: string) => store().workshops.find((w) => w.id === id)!;

beforeEach(() => {
  useWorkshopStore.setState({ workshops: [], removed: null });
  useStorageStatus.setState({ rescued: [], repaired: [], writeFailed: false });
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
    expect(raw.version).toBe(WORKSHOPS_VERSION);
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
    expect(rescuedCopy()).toContain('"id":1');
    expect(useStorageStatus.getState().rescued.map((r) => r.reason)).toEqual(['invalid']);
  });

  it('repairs saved workshops on reading, says what it put right, and saves the repair at once', async () => {
    const id = store().createWorkshop('Rettes');
    store().addParticipants(id, [
      { assessment: assessment('a'), source: 'manual' },
      { assessment: assessment('b'), source: 'manual' },
    ]);
    const saved = JSON.parse(localStorage.getItem(WORKSHOPS_STORAGE_KEY)!);
    const [first, second] = saved.state.workshops[0].participants;
    second.id = first.id;
    second.role = 'ukjent-rolle';
    localStorage.setItem(WORKSHOPS_STORAGE_KEY, JSON.stringify(saved));
    await useWorkshopStore.persist.rehydrate();

    const ids = workshop(id).participants.map((p) => p.id);
    expect(new Set(ids).size).toBe(2);
    expect(useStorageStatus.getState().repaired).toEqual([
      {
        workshop: 'Rettes',
        repairs: [
          { kind: 'duplicate-id', number: 2 },
          { kind: 'unknown-role', number: 2 },
        ],
      },
    ]);
    // Saved repaired: read again, there is nothing more to say.
    const again = JSON.parse(localStorage.getItem(WORKSHOPS_STORAGE_KEY)!);
    expect(again.state.workshops[0].participants.map((p: Participant) => p.id)).toEqual(ids);
    useStorageStatus.setState({ repaired: [] });
    await useWorkshopStore.persist.rehydrate();
    expect(useStorageStatus.getState().repaired).toEqual([]);
  });
});

describe('workshops in two tabs', () => {
  /** What another tab's save looks like here: localStorage changes, then a storage event. */
  function otherTabSaves(
    change: (saved: { version: number; state: { workshops: Workshop[] } }) => void,
  ) {
    const saved = JSON.parse(localStorage.getItem(WORKSHOPS_STORAGE_KEY)!);
    change(saved);
    const newValue = JSON.stringify(saved);
    localStorage.setItem(WORKSHOPS_STORAGE_KEY, newValue);
    window.dispatchEvent(new StorageEvent('storage', { key: WORKSHOPS_STORAGE_KEY, newValue }));
  }

  const participantsIn = (id: string) => workshop(id).participants.map((p) => p.assessment);

  // The app starts the store when it loads the workshop pages; from then on it listens on window.
  beforeAll(() => {
    startWorkshopStore();
    startWorkshopStore();
  });
  it('loads another tab’s participants, so this tab’s next save keeps them', async () => {
    const id = store().createWorkshop('W');
    store().addParticipants(
      id,
      ['a', 'b', 'c'].map((o) => ({ assessment: assessment(o), source: 'link' as const })),
    );

    // The other tab (it had read the same three) adds three more.
    otherTabSaves((saved) => {
      const w = saved.state.workshops[0]!;
      w.participants.push(
        ...['d', 'e', 'f'].map((o, i) => ({
          ...w.participants[0]!,
          id: `other-${i}`,
          number: 4 + i,
          assessment: assessment(o),
        })),
      );
      w.nextNumber = 7;
    });
    await vi.waitFor(() => expect(workshop(id).participants).toHaveLength(6));

    store().addParticipants(
      id,
      ['g', 'h'].map((o) => ({ assessment: assessment(o), source: 'link' as const })),
    );
    const saved = JSON.parse(localStorage.getItem(WORKSHOPS_STORAGE_KEY)!);
    expect(saved.state.workshops[0].participants.map((p: Participant) => p.assessment)).toEqual(
      participantsIn(id),
    );
    expect(participantsIn(id).map((a) => a.comments[Q])).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
      'g',
      'h',
    ]);
    expect(workshop(id).participants.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('keeps a workshop another tab created when this tab creates one', async () => {
    store().createWorkshop('Fra denne fanen');
    otherTabSaves((saved) => {
      saved.state.workshops.push({
        ...saved.state.workshops[0]!,
        id: 'other',
        name: 'Fra den andre',
      });
    });
    await vi.waitFor(() => expect(store().workshops).toHaveLength(2));
    store().createWorkshop('Enda en');
    const saved = JSON.parse(localStorage.getItem(WORKSHOPS_STORAGE_KEY)!);
    expect(saved.state.workshops.map((w: Workshop) => w.name)).toEqual([
      'Fra denne fanen',
      'Fra den andre',
      'Enda en',
    ]);
  });

  it('ignores other keys, removals and events after it is stopped', async () => {
    // Its own target, so the listener the store registered on window stays out of it.
    const tab = new EventTarget() as Window;
    const stop = syncWorkshopsAcrossTabs(tab);
    store().createWorkshop('W');
    const empty = JSON.stringify({ version: 1, state: { workshops: [] } });
    localStorage.setItem(WORKSHOPS_STORAGE_KEY, empty);
    tab.dispatchEvent(
      new StorageEvent('storage', { key: 'modellkart:assessment', newValue: '{}' }),
    );
    tab.dispatchEvent(new StorageEvent('storage', { key: WORKSHOPS_STORAGE_KEY, newValue: null }));
    stop();
    tab.dispatchEvent(new StorageEvent('storage', { key: WORKSHOPS_STORAGE_KEY, newValue: empty }));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(store().workshops).toHaveLength(1);

    const again = syncWorkshopsAcrossTabs(tab);
    tab.dispatchEvent(new StorageEvent('storage', { key: WORKSHOPS_STORAGE_KEY, newValue: empty }));
    await vi.waitFor(() => expect(store().workshops).toHaveLength(0));
    again();
  });

  it('keeps what it has when another tab saved something it cannot read, and says so', async () => {
    store().createWorkshop('W');
    otherTabSaves((saved) => {
      saved.version = 99;
    });
    await vi.waitFor(() =>
      expect(useStorageStatus.getState().rescued.map((r) => r.reason)).toEqual(['newer-version']),
    );
    expect(store().workshops.map((w) => w.name)).toEqual(['W']);
    expect(rescuedCopy()).toContain('"version":99');
  });

  it('stays hydrated while it reads another tab’s save, so open forms are not unmounted', async () => {
    await useWorkshopStore.persist.rehydrate();
    const seen: boolean[] = [];
    renderHook(() => {
      const hydrated = useWorkshopsHydrated();
      useWorkshopStore((s) => s.workshops.length);
      seen.push(hydrated);
    });
    expect(seen.at(-1)).toBe(true);
    store().createWorkshop('W');
    await act(async () => {
      otherTabSaves((saved) => {
        saved.state.workshops.push({ ...saved.state.workshops[0]!, id: 'other' });
      });
      await vi.waitFor(() => expect(store().workshops).toHaveLength(2));
    });
    expect(seen.length).toBeGreaterThan(2);
    expect(seen).not.toContain(false);
  });
});
