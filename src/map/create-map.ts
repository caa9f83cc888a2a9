import { AttributionControl, Map as MapLibreMap, NavigationControl, ScaleControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Lang } from '../i18n/strings';
import type { Camera } from '../store/view-slice';
import { buildStyle } from './build-style';
import { CITY_BOUNDS } from './city-bounds';

// The production bundle moves MapLibre away from its worker file: hand it over explicitly.
setWorkerUrl(workerUrl);

/** The map with its offline style, controls and the bounds of 日喀则 and its neighbours. */
export function createMap(container: HTMLElement, camera: Camera | null, lang: Lang, attribution: string): MapLibreMap {
  const map = new MapLibreMap({
    container,
    style: buildStyle(lang),
    ...(camera
      ? { center: camera.center, zoom: camera.zoom }
      : { bounds: CITY_BOUNDS, fitBoundsOptions: { padding: 24 } }),
    minZoom: 4,
    maxZoom: 12,
    maxBounds: [
      [74, 22],
      [100, 36],
    ],
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new ScaleControl({ maxWidth: 140, unit: 'metric' }), 'bottom-right');
  map.addControl(new AttributionControl({ compact: false, customAttribution: attribution }), 'bottom-right');
  return map;
}
