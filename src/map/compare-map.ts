import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AppStore } from '../store/app-store';
import { buildStyle } from './build-style';
import { createMap } from './create-map';
import { selectLayerContext } from './layers/select-layer-context';
import { localizeMapControls } from './localize-controls';
import { connectMapToStore } from './map-bridge';
import { trackReadiness } from './map-readiness';
import { syncCameras } from './sync-cameras';

/**
 * The second map of a comparison: the screen's map built again, from a store
 * of its own (the side's state), on the screen map's camera and kept on it.
 * `container` gets `data-ready` as the screen's map does; the canvas is named
 * by `name` so the two maps are two different regions.
 */
export function openCompareMap(
  container: HTMLElement,
  screen: MapLibreMap,
  side: AppStore,
  name: () => string,
): { map: MapLibreMap; close: () => void } {
  const c = screen.getCenter();
  const { data } = side.getState();
  const styleContext = selectLayerContext(side.getState());
  // As the screen's map: its sources hold the data from the start, so they are laid out once.
  const map = createMap(container, { center: [c.lng, c.lat], zoom: screen.getZoom() }, buildStyle(styleContext, data));
  const { markBusy, holdReady } = trackReadiness(map, container, side);
  const unlocalize = localizeMapControls(map, side);
  const rename = () => map.getCanvas().setAttribute('aria-label', name());
  rename();
  const unsubscribe = side.subscribe((s, previous) => {
    if (s.lang !== previous.lang) rename();
  });
  let disconnect: (() => void) | undefined;
  map.on('load', () => {
    disconnect = connectMapToStore(map, side, markBusy, styleContext, holdReady, data);
  });
  const unsync = syncCameras(screen, map);
  return {
    map,
    close: () => {
      unsync();
      disconnect?.();
      unsubscribe();
      unlocalize();
      map.remove();
    },
  };
}
