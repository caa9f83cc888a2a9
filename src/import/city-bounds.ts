import type { ImportContext } from './types';

/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

/** The box around all county outlines: the city as far as cheap checks are concerned. */
export function cityBounds(ctx: ImportContext): Bounds {
  const box: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (coords: unknown): void => {
    if (!Array.isArray(coords)) return;
    if (typeof coords[0] === 'number' && typeof coords[1] === 'number') {
      box[0] = Math.min(box[0], coords[0]);
      box[1] = Math.min(box[1], coords[1]);
      box[2] = Math.max(box[2], coords[0]);
      box[3] = Math.max(box[3], coords[1]);
      return;
    }
    for (const c of coords) visit(c);
  };
  for (const f of ctx.counties.features) {
    if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
  }
  // No counties (a bare test context): fall back to the city's known extent.
  return Number.isFinite(box[0]) ? box : [82, 27, 91, 31.5];
}

/** Whether lon/lat lies in the box. */
export function inBounds([w, s, e, n]: Bounds, lon: number, lat: number): boolean {
  return lon >= w && lon <= e && lat >= s && lat <= n;
}
