import distance from '@turf/distance';
import type { Bounds } from './city-bounds';
import { fileMessage } from './messages';
import type { Bilingual, ImportContext } from './types';

/** Points measured exactly against the county outlines; beyond that, the farthest by box distance and a spread. */
const MEASURED_POINTS = 2_000;

/** Every vertex of the county outlines: the city boundary, close enough for a "how far outside" figure. */
export function boundaryVertices(ctx: ImportContext): [number, number][] {
  const out: [number, number][] = [];
  const visit = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number' && typeof c[1] === 'number') out.push([c[0], c[1]]);
    else for (const x of c) visit(x);
  };
  for (const f of ctx.counties.features) if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
  return out;
}

/** Kilometres from a point to the nearest edge of a box (0 inside it). */
export function kmFromBounds([w, s, e, n]: Bounds, [lon, lat]: [number, number]): number {
  const nearest: [number, number] = [Math.min(Math.max(lon, w), e), Math.min(Math.max(lat, s), n)];
  return distance([lon, lat], nearest, { units: 'kilometers' });
}

function kmToNearestVertex(point: [number, number], vertices: [number, number][]): number {
  // Planar search for the nearest vertex, then one great-circle distance for it.
  const cos = Math.cos((point[1] * Math.PI) / 180);
  let best: [number, number] | null = null;
  let bestD = Infinity;
  for (const v of vertices) {
    const dx = (v[0] - point[0]) * cos;
    const dy = v[1] - point[1];
    const d = dx * dx + dy * dy;
    if (d < bestD) {
      bestD = d;
      best = v;
    }
  }
  return best ? distance(point, best, { units: 'kilometers' }) : 0;
}

/** The farthest distance of points outside every county from the county outlines, in km. */
export function farthestOutsideKm(points: [number, number][], vertices: [number, number][], city: Bounds): number {
  let measured = points;
  if (points.length > MEASURED_POINTS) {
    const byBox = [...points].sort((a, b) => kmFromBounds(city, b) - kmFromBounds(city, a));
    const step = Math.ceil(points.length / (MEASURED_POINTS / 2));
    measured = [...byBox.slice(0, MEASURED_POINTS / 2), ...points.filter((_, i) => i % step === 0)];
  }
  let max = 0;
  for (const p of measured) max = Math.max(max, kmToNearestVertex(p, vertices));
  return max;
}

/** One warning for all features outside every county, with the farthest distance from the county outlines. */
export function outsideCityWarning(fileName: string, outside: number, maxKm: number): Bilingual | null {
  if (outside === 0) return null;
  const km = maxKm < 1 ? '不到 1' : String(Math.round(maxKm));
  const kmEn = maxKm < 1 ? 'less than 1' : String(Math.round(maxKm));
  return fileMessage(
    fileName,
    `${outside} 个要素位于日喀则市之外，距各县边界最远约 ${km} 公里`,
    `${outside} features lie outside 日喀则市, up to about ${kmEn} km from its county boundaries`,
  );
}
