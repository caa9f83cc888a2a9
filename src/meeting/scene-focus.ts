import { EMPTY_FILTERS, passes } from '../filter/filter-model';
import type { AppState } from '../store/app-store';
import { featureById, selectPlaces } from '../store/selectors';
import { parseHash } from '../url/hash-codec';
import type { Scene } from './scenes';

/** The features a scene is about (empty when it has no focus or the data are not loaded yet). */
export function sceneFocusFeatures(state: AppState, scene: Scene): GeoJSON.Feature[] {
  const focus = scene.focus;
  if (!focus || !state.data) return [];
  const ids = new Set(focus.ids ?? []);
  if (focus.filteredPlaces) {
    const filters = parseHash(scene.view).state.filters ?? EMPTY_FILTERS;
    for (const place of selectPlaces(state)) if (passes(place, filters)) ids.add(String(place.id));
  }
  return [...ids].flatMap((id) => {
    const feature = featureById(state, id);
    return feature ? [feature] : [];
  });
}

/** The scene on screen, if a scene is shown. */
export function currentScene(state: AppState): Scene | undefined {
  return state.sceneIndex !== null ? state.agenda[state.sceneIndex] : undefined;
}
