import bbox from '@turf/bbox';
import type { Feature } from 'geojson';

/** The [west, south, east, north] box of a feature (turf's bbox: one module, not all of turf). */
export function featureBounds(feature: Feature): [number, number, number, number] {
  const [w, s, e, n] = bbox(feature);
  return [w, s, e, n];
}

/** Whether a box is a point (zero width and height). */
export function isPointBounds([w, s, e, n]: [number, number, number, number]): boolean {
  return w === e && s === n;
}
