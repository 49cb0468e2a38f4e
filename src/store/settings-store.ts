import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { LOCALES, type Locale } from '../domain/locales';
import { detectLocale } from '../i18n/locales';

type Settings = {
  locale: Locale;
  setLocale: (locale: Locale) => void;
};

function browserLocale(): Locale {
  if (typeof navigator === 'undefined') return 'nb';
  return detectLocale(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

export const useSettingsStore = create<Settings>()(
  persist(
    (set) => ({
      locale: browserLocale(),
      setLocale: (locale) => set({ locale }),
    }),
    {
      name: 'modellkart:settings',
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

export function isLocale(value: unknown): value is Locale {
  return LOCALES.includes(value as Locale);
}
