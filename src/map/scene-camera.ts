import type { Map as MapLibreMap } from 'maplibre-gl';
import { featureBounds } from '../geo/feature-bounds';

/** Room kept between the focus and the map's edges or a covering box, in CSS pixels. */
const MARGIN = 36;
const FLIGHT_MS = 1200;
/** A scene of a few places close together is still shown with its surroundings. */
const MAX_SCENE_ZOOM = 9;

/** Elements over the map that hide what lies under them (the scene's caption); they carry this attribute. */
export const COVERS_MAP_ATTRIBUTE = 'data-covers-map';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The covering elements' boxes, in the map container's pixels (clipped to it; hidden ones left out). */
function coveringBoxes(map: MapLibreMap): Box[] {
  const frame = map.getContainer().getBoundingClientRect();
  return [...document.querySelectorAll(`[${COVERS_MAP_ATTRIBUTE}]`)].flatMap((el) => {
    const r = el.getBoundingClientRect();
    const box = {
      left: Math.max(r.left, frame.left) - frame.left,
      top: Math.max(r.top, frame.top) - frame.top,
      right: Math.min(r.right, frame.right) - frame.left,
      bottom: Math.min(r.bottom, frame.bottom) - frame.top,
    };
    return box.right > box.left && box.bottom > box.top ? [box] : [];
  });
}

type Side = 'top' | 'bottom' | 'left' | 'right';
type Padding = Record<Side, number>;
const SIDES: Side[] = ['top', 'bottom', 'left', 'right'];

/** The padding that keeps a box out of the framed area by one side of the map. */
function paddingPast(box: Box, side: Side, width: number, height: number): number {
  const extent = { top: box.bottom, bottom: height - box.top, left: box.right, right: width - box.left }[side];
  return extent + MARGIN;
}

/**
 * Every way of keeping each covering box out of the frame (each by one side),
 * as paddings; the caller keeps the one that shows the focus largest.
 */
function paddingChoices(boxes: Box[], width: number, height: number): Padding[] {
  let choices: Padding[] = [{ top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN }];
  for (const box of boxes) {
    choices = choices.flatMap((p) =>
      SIDES.map((side) => ({ ...p, [side]: Math.max(p[side], paddingPast(box, side, width, height)) })),
    );
  }
  return choices;
}

function unionBounds(features: readonly GeoJSON.Feature[]): [number, number, number, number] {
  return features
    .map(featureBounds)
    .reduce(([w, s, e, n], [w2, s2, e2, n2]) => [Math.min(w, w2), Math.min(s, s2), Math.max(e, e2), Math.max(n, n2)]);
}

export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Frames features in the part of the map no caption covers: as large as fits,
 * with the covering boxes in the padding. A smooth flight, or a cut when asked
 * (and always when the user prefers reduced motion). False when nothing fits.
 */
export function frameFeatures(map: MapLibreMap, features: readonly GeoJSON.Feature[], animate: boolean): boolean {
  if (features.length === 0) return false;
  const bounds = unionBounds(features);
  const { clientWidth: width, clientHeight: height } = map.getContainer();
  let best: ReturnType<MapLibreMap['cameraForBounds']>;
  for (const padding of paddingChoices(coveringBoxes(map), width, height)) {
    if (padding.left + padding.right >= width || padding.top + padding.bottom >= height) continue;
    const camera = map.cameraForBounds(bounds, { padding, maxZoom: MAX_SCENE_ZOOM });
    if (camera?.zoom !== undefined && (best?.zoom === undefined || camera.zoom > best.zoom)) best = camera;
  }
  if (!best) return false;
  const duration = animate && !prefersReducedMotion() ? FLIGHT_MS : 0;
  map.flyTo({ ...best, duration, animate: duration > 0, essential: true });
  return true;
}
