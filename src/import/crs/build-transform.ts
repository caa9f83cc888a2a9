import type { Transform } from '../geometry-finish';
import type { CoordinateOrigin } from '../types';
import { originToWgs84 } from './china-offsets';
import type { Projector } from './decide-crs';

/** One position function: swap if asked, project to lon/lat, then undo a Chinese map offset. */
export function buildTransform(
  swap: boolean,
  project: Projector | null,
  origin: CoordinateOrigin | undefined,
): Transform {
  const offset = originToWgs84(origin);
  return (p) => {
    const x = swap ? p[1] : p[0];
    const y = swap ? p[0] : p[1];
    const lonLat = project ? project(x, y) : ([x, y] as [number, number]);
    // gcoord on an out-of-range input returns garbage: leave those for the range check.
    if (!offset || Math.abs(lonLat[0]) > 180 || Math.abs(lonLat[1]) > 90) return lonLat;
    return offset(lonLat);
  };
}
