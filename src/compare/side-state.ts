import type { AppState } from '../store/app-store';
import type { CompareSource } from '../store/compare-slice';
import { ALL_LAYER_ITEMS, type LayerItemId } from '../symbology/groups';
import { parseHash } from '../url/hash-codec';
import { viewFromHash } from '../url/url-sync';

/** What stays under an imported layer on its side: the city's outline and its physical geography. */
const BASE_ITEMS: LayerItemId[] = ['layer:county-lines', 'layer:border', 'layer:rivers', 'layer:lakes'];

/** The parts of the state the second side's map reads, as `source` makes them differ from the screen's. */
export type SideState = Pick<
  AppState,
  | 'data'
  | 'lang'
  | 'presenting'
  | 'agenda'
  | 'hiddenLayers'
  | 'filters'
  | 'selectedId'
  | 'userLayers'
  | 'basemap'
  | 'hillshade'
  | 'basemapSettings'
>;

/**
 * The second side's state: the screen's view with one thing changed. A scene
 * brings its own filter, layers and selection; an imported layer is drawn
 * alone on the city's outline; a basemap replaces the screen's one.
 */
export function sideState(main: AppState, source: CompareSource): SideState {
  const same: SideState = {
    data: main.data,
    lang: main.lang,
    presenting: main.presenting,
    agenda: main.agenda,
    hiddenLayers: main.hiddenLayers,
    filters: main.filters,
    selectedId: main.selectedId,
    userLayers: main.userLayers,
    basemap: main.basemap,
    hillshade: main.hillshade,
    basemapSettings: main.basemapSettings,
  };
  switch (source.kind) {
    case 'scene': {
      const scene = main.agenda[source.index];
      if (!scene) return same;
      const view = viewFromHash(parseHash(scene.view).state);
      const names = scene.userLayers;
      return {
        ...same,
        hiddenLayers: view.hiddenLayers,
        filters: view.filters,
        selectedId: view.selectedId,
        // A scene names the imported layers it shows; without names it leaves them as the screen has them.
        userLayers: names ? main.userLayers.map((l) => ({ ...l, visible: names.includes(l.name) })) : main.userLayers,
      };
    }
    case 'layer':
      return {
        ...same,
        hiddenLayers: ALL_LAYER_ITEMS.filter((id) => !BASE_ITEMS.includes(id)),
        selectedId: null,
        userLayers: main.userLayers.filter((l) => l.id === source.layerId).map((l) => ({ ...l, visible: true })),
      };
    case 'basemap':
      return { ...same, basemap: source.basemap };
  }
}

/** Whether the source names something this browser has: a scene of the agenda, an imported layer. */
export function sourceExists(main: AppState, source: CompareSource): boolean {
  if (source.kind === 'scene') return source.index < main.agenda.length;
  if (source.kind === 'layer') return main.userLayers.some((l) => l.id === source.layerId);
  return true;
}
