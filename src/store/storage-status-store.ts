import { create } from 'zustand';
import type { RescueInfo } from './safe-storage';

type StorageStatus = {
  rescued: RescueInfo[];
  writeFailed: boolean;
  addRescue: (info: RescueInfo) => void;
  dismissRescue: (key: string) => void;
  setWriteFailed: (failed: boolean) => void;
};

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
