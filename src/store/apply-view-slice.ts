import type { StateCreator } from 'zustand';
import type { Filters } from '../filter/filter-model';
import type { Lang } from '../i18n/strings';
import type { LayerItemId } from '../symbology/groups';
import type { AppState } from './app-store';
import type { Camera } from './view-slice';

/** A whole view, as a link, a scene or a history entry holds it. */
export interface View {
  camera: Camera | null;
  selectedId: string | null;
  /** Absent: the language stays (a scene does not change the presenter's language). */
  lang?: Lang;
  hiddenLayers: LayerItemId[];
  filters: Filters;
  readerOpen: boolean;
  readerParagraph: string | null;
  /** Absent: closed. */
  auditOpen?: boolean;
  indicatorsOpen: boolean;
  sceneIndex: number | null;
  presenting: boolean;
  /** The county brief open over the map; absent (a scene) leaves it closed. */
  brief?: string | null;
}

export interface ApplyViewSlice {
  /**
   * Puts a whole view into the store in one update, so that no subscriber (the
   * map, the URL) ever sees half of it.
   */
  applyView: (view: View) => void;
}

export const createApplyViewSlice: StateCreator<AppState, [], [], ApplyViewSlice> = (set) => ({
  applyView: (view) =>
    set((s) => ({
      camera: view.camera,
      cameraOrigin: 'app',
      selectedId: view.selectedId,
      alsoHere: [],
      lang: view.lang ?? s.lang,
      hiddenLayers: view.hiddenLayers,
      filters: view.filters,
      readerOpen: view.readerOpen || view.readerParagraph !== null,
      readerParagraph: view.readerParagraph,
      auditOpen: view.auditOpen === true,
      indicatorsOpen: view.indicatorsOpen,
      sceneIndex: view.sceneIndex,
      presenting: view.presenting,
      blanked: view.presenting && s.blanked,
      brief: view.brief ?? null,
    })),
});
