import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { preferredLanguage } from './languages';
import type { Language } from './languages';

interface LanguageState {
  language: Language;
  setLanguage: (language: Language) => void;
}

/** The selected UI language, remembered on this machine. */
export const useLanguageStore = create<LanguageState>()(
  persist(
    (set) => ({
      language: preferredLanguage(),
      setLanguage: (language) => set({ language }),
    }),
    { name: 'rapport.language' },
  ),
);
