import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';

export interface SelectionSlice {
  /** Id of the selected feature (county-540234…), or null. */
  selectedId: string | null;
  hoveredId: string | null;
  select: (id: string | null) => void;
  hover: (id: string | null) => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selectedId: null,
  hoveredId: null,
  select: (id) => set({ selectedId: id }),
  hover: (id) => set({ hoveredId: id }),
});
