import type { StateCreator } from 'zustand';
import type { BasemapId } from '../basemap/basemap-choice';
import type { AppState } from './app-store';

/** What the second side of a comparison shows beside the screen's view. */
export type CompareSource =
  | { kind: 'scene'; index: number }
  | { kind: 'layer'; layerId: string }
  | { kind: 'basemap'; basemap: BasemapId };

/** A comparison: the second side, swipe or side by side, and where the swipe's divider stands (percent of the width). */
export interface CompareView {
  source: CompareSource;
  mode: 'swipe' | 'side';
  position: number;
}

export interface CompareSlice {
  /** null: one map, no comparison. */
  compare: CompareView | null;
  setCompare: (compare: CompareView | null) => void;
}

export const createCompareSlice: StateCreator<AppState, [], [], CompareSlice> = (set) => ({
  compare: null,
  setCompare: (compare) => set({ compare }),
});
