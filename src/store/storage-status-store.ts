import { create } from 'zustand';
import type { RescueInfo } from './safe-storage';

type StorageStatus = {
  rescued: RescueInfo[];
  writeFailed: boolean;
  addRescue: (info: RescueInfo) => void;
  dismissRescue: (key: string) => void;
  setWriteFailed: (failed: boolean) => void;
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
export const useStorageStatus = create<StorageStatus>()((set) => ({
  rescued: [],
  writeFailed: false,
  addRescue: (info) =>
    set((s) => ({
      rescued: [...s.rescued.filter((r) => r.key !== info.key), info],
    })),
  dismissRescue: (key) => set((s) => ({ rescued: s.rescued.filter((r) => r.key !== key) })),
  setWriteFailed: (writeFailed) => set({ writeFailed }),
}));
