import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { isLocale, type Locale } from '../domain/locales';
import { SETTINGS_STORAGE_KEY, visitLocale } from './saved-locale';

type Settings = {
  locale: Locale;
  setLocale: (locale: Locale) => void;
};

export const useSettingsStore = create<Settings>()(
  persist(
    (set) => ({
      // Already the saved choice: React hydrates with the initial state, which must match the HTML.
      locale: visitLocale(),
      setLocale: (locale) => set({ locale }),
    }),
    {
      name: SETTINGS_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ locale: s.locale }),
      // A damaged or unknown locale falls back to the browser's choice; nothing else is stored here.
      merge: (persisted, current) => {
        const locale = (persisted as { locale?: unknown } | null)?.locale;
        return isLocale(locale) ? { ...current, locale } : current;
      },
    },
  ),
);
