import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';

export interface SelectionSlice {
  /** Id of the selected feature (county-540234…), or null. */
  selectedId: string | null;
  hoveredId: string | null;
  /** Other features under the point the user clicked (symbols can share a place). */
  alsoHere: string[];
  /** Bumped when the map should bring the selected feature into view (e.g. from the plan text). */
  focusSerial: number;
  select: (id: string | null, alsoHere?: string[]) => void;
  /** Selects a feature and asks the map to show it. */
  focus: (id: string) => void;
  hover: (id: string | null) => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selectedId: null,
  hoveredId: null,
  alsoHere: [],
  focusSerial: 0,
  select: (id, alsoHere = []) => set({ selectedId: id, alsoHere }),
  focus: (id) => set((s) => ({ selectedId: id, alsoHere: [], focusSerial: s.focusSerial + 1 })),
  hover: (id) => set({ hoveredId: id }),
});
