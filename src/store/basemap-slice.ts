import type { StateCreator } from 'zustand';
import { type BasemapId, type BasemapSettings, EMPTY_BASEMAP_SETTINGS } from '../basemap/basemap-choice';
import type { AppState } from './app-store';

export interface BasemapSlice {
  /** The basemap under the plan's layers: in the link. */
  basemap: BasemapId;
  /** Relief shading from elevation tiles: in the link. */
  hillshade: boolean;
  /** The user's key and templates: in this browser only, never in the link. */
  basemapSettings: BasemapSettings;
  setBasemap: (id: BasemapId) => void;
  setHillshade: (on: boolean) => void;
  setBasemapSettings: (change: Partial<BasemapSettings>) => void;
}

export const createBasemapSlice: StateCreator<AppState, [], [], BasemapSlice> = (set) => ({
  basemap: 'none',
  hillshade: false,
  basemapSettings: EMPTY_BASEMAP_SETTINGS,
  setBasemap: (basemap) => set({ basemap }),
  setHillshade: (hillshade) => set({ hillshade }),
  setBasemapSettings: (change) => set((s) => ({ basemapSettings: { ...s.basemapSettings, ...change } })),
});
