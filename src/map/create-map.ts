import {
  Map as MapLibreMap,
  type MapOptions,
  NavigationControl,
  prewarm,
  ScaleControl,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { screenOf } from '../layout/screen';
import type { Camera } from '../store/view-slice';
import { CITY_BOUNDS } from './city-bounds';
import { drawIcon, ICON_PIXEL_RATIO } from './icons';

// The production bundle moves MapLibre away from its worker file: hand it over explicitly.
setWorkerUrl(workerUrl);

/** Starts MapLibre's workers while the page and its data load, so they are up when the map is made. */
export function startMapWorkers() {
  prewarm();
}

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
    // The tests validate the style in every context (tests/unit/style.test.ts): not again at each start.
    validateStyle: false,
  };
}

/** Port and park symbols are drawn when the style first asks for them (no sprite to fetch). */
export function drawIconsOnDemand(map: MapLibreMap) {
  map.setMissingStyleImageResolver((id) => {
    const image = drawIcon(id);
    if (image && !map.hasImage(id)) map.addImage(id, image, { pixelRatio: ICON_PIXEL_RATIO });
  });
}

/**
 * The device pixels per CSS pixel the screen's map is drawn at. Phones report
 * 3; drawing 2 on a screen under 768 px wide costs 4/9 of the pixels and no
 * sharpness one can see at arm's length (measured: README, "Phones").
 */
export const PHONE_PIXEL_RATIO_CAP = 2;
export function screenPixelRatio(width = window.innerWidth, ratio = window.devicePixelRatio): number {
  return screenOf(width) === 'narrow' ? Math.min(ratio, PHONE_PIXEL_RATIO_CAP) : ratio;
}

/** The interactive map with its style, controls and the bounds of 日喀则 and its neighbours. */
export function createMap(container: HTMLElement, camera: Camera | null, style: MapOptions['style']): MapLibreMap {
  const map = new MapLibreMap({
    ...baseMapOptions(container, camera),
    style,
    // Tall enough for a phone held upright: a box as short as the city itself would zoom the city past its width.
    maxBounds: [
      [72, 14],
      [102, 44],
    ],
    dragRotate: false,
    pitchWithRotate: false,
    // North stays up: no rotation by two fingers or the keyboard; no tilt.
    touchPitch: false,
    pixelRatio: screenPixelRatio(),
  });
  map.keyboard.disableRotation();
  map.touchZoomRotate.disableRotation();
  drawIconsOnDemand(map);
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new ScaleControl({ maxWidth: 140, unit: 'metric' }), 'bottom-right');
  return map;
}
