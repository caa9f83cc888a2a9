import { AttributionControl, Map as MapLibreMap, NavigationControl, ScaleControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Camera } from '../store/view-slice';
import { buildStyle } from './build-style';
import { CITY_BOUNDS } from './city-bounds';
import { drawIcon } from './icons';
import type { LayerContext } from './layers/layer-context';

// The production bundle moves MapLibre away from its worker file: hand it over explicitly.
setWorkerUrl(workerUrl);

/** The map with its offline style, controls and the bounds of 日喀则 and its neighbours. */
export function createMap(
  container: HTMLElement,
  camera: Camera | null,
  layers: LayerContext,
  attribution: string,
): MapLibreMap {
  const map = new MapLibreMap({
    container,
    style: buildStyle(layers),
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
    // Labels appear at once: no fade frames after every change (each frame is costly on a weak GPU).
    fadeDuration: 0,
    pitchWithRotate: false,
  });
  map.touchZoomRotate.disableRotation();
  // Port and park symbols are drawn when the style first asks for them (no sprite to fetch).
  map.setMissingStyleImageResolver((id) => {
    const image = drawIcon(id);
    if (image && !map.hasImage(id)) map.addImage(id, image, { pixelRatio: 2 });
  });
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new ScaleControl({ maxWidth: 140, unit: 'metric' }), 'bottom-right');
  map.addControl(new AttributionControl({ compact: false, customAttribution: attribution }), 'bottom-right');
  return map;
}
