import type { StateCreator } from 'zustand';
import type { Bilingual, CoordinateOrigin, ImportChoices, ImportQuestion } from '../import/types';
import type { UserLayer } from '../import/user-layer';
import type { AppState } from './app-store';

/** What the import says: a result (status) or an error (alert), in both languages. */
export interface ImportMessage {
  tone: 'status' | 'alert';
  text: Bilingual;
  /** Details: the features left out and why, the warnings. */
  details: Bilingual[];
}

/** An import waiting for the user's answer (which columns, which coordinate system). */
export interface PendingImport {
  files: File[];
  choices: ImportChoices;
  fileName: string;
  question: ImportQuestion;
}

export interface UserLayersSlice {
  /** The user's own layers, in drawing order (the last on top). */
  userLayers: UserLayer[];
  importMessage: ImportMessage | null;
  /** Where the next file's coordinates come from (GCJ-02 and BD-09 cannot be detected). */
  importOrigin: CoordinateOrigin;
  pendingImport: PendingImport | null;
  /** An import is running in the worker. */
  importing: boolean;
  setPendingImport: (pending: PendingImport | null) => void;
  setImporting: (on: boolean) => void;
  addUserLayer: (layer: UserLayer) => void;
  setUserLayers: (layers: UserLayer[]) => void;
  updateUserLayer: (
    id: string,
    change: Partial<Pick<UserLayer, 'name' | 'colour' | 'colourBy' | 'labelProperty' | 'visible'>>,
  ) => void;
  moveUserLayer: (id: string, by: -1 | 1) => void;
  removeUserLayer: (id: string) => void;
  showImportMessage: (message: ImportMessage | null) => void;
  setImportOrigin: (origin: CoordinateOrigin) => void;
}

export const createUserLayersSlice: StateCreator<AppState, [], [], UserLayersSlice> = (set) => ({
  userLayers: [],
  importMessage: null,
  importOrigin: 'wgs84',
  pendingImport: null,
  importing: false,
  setPendingImport: (pendingImport) => set({ pendingImport }),
  setImporting: (importing) => set({ importing }),
  addUserLayer: (layer) => set((s) => ({ userLayers: [...s.userLayers, layer] })),
  setUserLayers: (userLayers) => set({ userLayers }),
  updateUserLayer: (id, change) =>
    set((s) => ({ userLayers: s.userLayers.map((l) => (l.id === id ? { ...l, ...change } : l)) })),
  moveUserLayer: (id, by) =>
    set((s) => {
      const i = s.userLayers.findIndex((l) => l.id === id);
      const j = i + by;
      if (i < 0 || j < 0 || j >= s.userLayers.length) return {};
      const next = [...s.userLayers];
      [next[i], next[j]] = [next[j]!, next[i]!];
      return { userLayers: next };
    }),
  removeUserLayer: (id) =>
    set((s) => ({
      userLayers: s.userLayers.filter((l) => l.id !== id),
      selectedId: s.selectedId?.startsWith(`user-${id}-`) ? null : s.selectedId,
    })),
  showImportMessage: (importMessage) => set({ importMessage }),
  setImportOrigin: (importOrigin) => set({ importOrigin }),
});
