import type { StateCreator } from 'zustand';
import type { Bilingual } from '../i18n/bilingual';
import type { Lang } from '../i18n/strings';
import type { AppState } from './app-store';

export interface UiSlice {
  lang: Lang;
  /** A message the user should see once (bad link, failed load), in both languages. */
  notice: Bilingual | null;
  setLang: (lang: Lang) => void;
  showNotice: (notice: Bilingual | null) => void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  lang: 'zh',
  notice: null,
  setLang: (lang) => set({ lang }),
  showNotice: (notice) => set({ notice }),
});
