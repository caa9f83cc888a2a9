import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';

export interface SelectionSlice {
  /** Id of the selected feature (county-540234…), or null. */
  selectedId: string | null;
  hoveredId: string | null;
  /** Other features under the point the user clicked (symbols can share a place). */
  alsoHere: string[];
  select: (id: string | null, alsoHere?: string[]) => void;
  hover: (id: string | null) => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selectedId: null,
  hoveredId: null,
  alsoHere: [],
  select: (id, alsoHere = []) => set({ selectedId: id, alsoHere }),
  hover: (id) => set({ hoveredId: id }),
});
