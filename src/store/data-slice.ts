import type { StateCreator } from 'zustand';
import type { GeoData } from '../data/load-geodata';
import type { Bilingual } from '../i18n/bilingual';
import type { AppState } from './app-store';

export interface DataSlice {
  /** The embedded geodata once loaded and checked; null while loading. */
  data: GeoData | null;
  dataError: Bilingual | null;
  setData: (data: GeoData) => void;
  setDataError: (message: Bilingual) => void;
}

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set) => ({
  data: null,
  dataError: null,
  setData: (data) => set({ data, dataError: null }),
  setDataError: (message) => set({ dataError: message }),
});
