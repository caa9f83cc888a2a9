import type { StateCreator } from 'zustand';
import type { LayerItemId } from '../symbology/groups';
import type { AppState } from './app-store';

export interface LayersSlice {
  /** Items of the layer control the user has switched off (everything shows by default). */
  hiddenLayers: LayerItemId[];
  toggleLayer: (id: LayerItemId) => void;
  setHiddenLayers: (ids: LayerItemId[]) => void;
}

export const createLayersSlice: StateCreator<AppState, [], [], LayersSlice> = (set) => ({
  hiddenLayers: [],
  toggleLayer: (id) =>
    set((s) => ({
      hiddenLayers: s.hiddenLayers.includes(id) ? s.hiddenLayers.filter((x) => x !== id) : [...s.hiddenLayers, id],
    })),
  setHiddenLayers: (ids) => set({ hiddenLayers: ids }),
});
