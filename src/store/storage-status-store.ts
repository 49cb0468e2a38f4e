import { create } from 'zustand';
import type { LeftOut } from '../domain/assessment-schema';
import type { CarriedNote } from '../domain/formats/catalogue-carry';
import type { WorkshopRepairs } from '../domain/workshop-schema';
import { discardRescue, releaseHeld, type RescueInfo } from './safe-storage';

type StorageStatus = {
  /** Every rescue of this visit and those kept from earlier visits, side by side. */
  rescued: RescueInfo[];
  /** What reading the saved workshops put right (and saved), told once. */
  repaired: WorkshopRepairs[];
  /** Answers an import into an empty browser left out (its page is replaced, so told here). */
  leftOut: LeftOut | null;
  /** Saved data made with an older catalogue and carried to today's, once per kind of data. */
  carried: { data: RescuedData; note: CarriedNote }[];
  writeFailed: boolean;
  addRescue: (info: RescueInfo) => void;
  /** The user has downloaded the rescue: a held original may now be saved over. */
  rescueDownloaded: (key: string) => void;
  /** Closes the notice; a copy that was kept stays in storage. */
  dismissRescue: (key: string) => void;
  /** Deletes the kept copy (or lets a held original be saved over) and closes the notice. */
  discardRescue: (key: string) => void;
  addCarried: (data: RescuedData, note: CarriedNote) => void;
  dismissCarried: (data: RescuedData) => void;
  setWriteFailed: (failed: boolean) => void;
  setRepaired: (repaired: WorkshopRepairs[]) => void;
  setLeftOut: (left: LeftOut | null) => void;
};

/** What kept data holds, so a notice (and its file) can say what could not be read. */
export type RescuedData = 'answers' | 'workshops';

/**
 * Only the answers and the workshops are saved through the safe storage. The workshops' key is
 * written out: importing their store here would put it, and its validation code, on the start
 * page. The test checks that it matches.
 */
export function rescuedData(info: Pick<RescueInfo, 'name'>): RescuedData {
  return info.name === 'modellkart:workshops' ? 'workshops' : 'answers';
}

/**
 * «modellkart-lagrede-workshoper-2025-03-14-0930.txt»: what it holds and when it was downloaded
 * (local time), so two rescue files are told apart without opening them.
 */
export function rescueFileName(what: string, date: Date): string {
  // The local time as an ISO string: shift by the time zone, then read it as UTC.
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString();
  return `modellkart-${what}-${local.slice(0, 10)}-${local.slice(11, 13)}${local.slice(14, 16)}.txt`;
}

/** What went wrong with saved data, so the app can tell the user instead of hiding it. */
/** Whether anything happened to saved data this visit that the user must be told. */
export function hasStorageNews(s: StorageStatus): boolean {
  return (
    s.rescued.length > 0 ||
    s.carried.length > 0 ||
    s.repaired.length > 0 ||
    Boolean(s.leftOut) ||
    s.writeFailed
  );
}

export const useStorageStatus = create<StorageStatus>()((set, get) => {
  const find = (key: string) => get().rescued.find((r) => r.key === key);
  const close = (key: string) => set((s) => ({ rescued: s.rescued.filter((r) => r.key !== key) }));
  return {
    rescued: [],
    repaired: [],
    leftOut: null,
    carried: [],
    writeFailed: false,
    addRescue: (info) =>
      set((s) => ({
        rescued: [...s.rescued.filter((r) => r.key !== info.key), info],
      })),
    rescueDownloaded: (key) => {
      const info = find(key);
      if (info) releaseHeld(info.name);
    },
    dismissRescue: (key) => {
      // A held original is not given up by closing: the notice stays until download or discard.
      if (find(key)?.kept === false) return;
      close(key);
    },
    discardRescue: (key) => {
      const info = find(key);
      if (!info) return;
      if (info.kept) discardRescue(key);
      releaseHeld(info.name);
      close(key);
    },
    addCarried: (data, note) =>
      set((s) => ({ carried: [...s.carried.filter((c) => c.data !== data), { data, note }] })),
    dismissCarried: (data) => set((s) => ({ carried: s.carried.filter((c) => c.data !== data) })),
    setWriteFailed: (writeFailed) => set({ writeFailed }),
    setRepaired: (repaired) => set({ repaired }),
    setLeftOut: (leftOut) => set({ leftOut }),
  };
});
