import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';

export interface OfflineSlice {
  /** A new deployment is installed and waiting: calling this switches to it (and reloads). */
  applyUpdate: (() => void) | null;
  setUpdateReady: (apply: (() => void) | null) => void;
}

export const createOfflineSlice: StateCreator<AppState, [], [], OfflineSlice> = (set) => ({
  applyUpdate: null,
  setUpdateReady: (apply) => set({ applyUpdate: apply }),
});
