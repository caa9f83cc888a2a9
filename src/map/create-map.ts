import { Map as MapLibreMap, type MapOptions, NavigationControl, ScaleControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Camera } from '../store/view-slice';
import { CITY_BOUNDS } from './city-bounds';
import { drawIcon, ICON_PIXEL_RATIO } from './icons';

// The production bundle moves MapLibre away from its worker file: hand it over explicitly.
setWorkerUrl(workerUrl);

/** The options every map of the app shares, on screen or drawn for an export. */
export function baseMapOptions(container: HTMLElement, camera: Camera | null): MapOptions {
  return {
    container,
    ...(camera
      ? { center: camera.center, zoom: camera.zoom }
      : { bounds: CITY_BOUNDS, fitBoundsOptions: { padding: 24 } }),
    minZoom: 4,
    maxZoom: 12,
    attributionControl: false,
    // Labels appear at once: no fade frames after every change (each frame is costly on a weak GPU).
    fadeDuration: 0,
  };
}

/** Port and park symbols are drawn when the style first asks for them (no sprite to fetch). */
export function drawIconsOnDemand(map: MapLibreMap) {
  map.setMissingStyleImageResolver((id) => {
    const image = drawIcon(id);
    if (image && !map.hasImage(id)) map.addImage(id, image, { pixelRatio: ICON_PIXEL_RATIO });
  });
}

/** The interactive map with its style, controls and the bounds of 日喀则 and its neighbours. */
export function createMap(container: HTMLElement, camera: Camera | null, style: MapOptions['style']): MapLibreMap {
  const map = new MapLibreMap({
    ...baseMapOptions(container, camera),
    style,
    maxBounds: [
      [74, 22],
      [100, 36],
    ],
    dragRotate: false,
    pitchWithRotate: false,
  });
  map.touchZoomRotate.disableRotation();
  drawIconsOnDemand(map);
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new ScaleControl({ maxWidth: 140, unit: 'metric' }), 'bottom-right');
  return map;
}
