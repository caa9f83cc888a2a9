import distance from '@turf/distance';
import type { Bounds } from './city-bounds';
import { fileMessage } from './messages';
import type { Bilingual } from './types';

/** Kilometres from a point to the nearest edge of the city's box (0 inside it). */
export function kmFromBounds([w, s, e, n]: Bounds, [lon, lat]: [number, number]): number {
  const nearest: [number, number] = [Math.min(Math.max(lon, w), e), Math.min(Math.max(lat, s), n)];
  return distance([lon, lat], nearest, { units: 'kilometers' });
}

/** One warning for all features outside every county, with the farthest distance from the city's bounding box. */
export function outsideCityWarning(fileName: string, outside: number, maxKm: number): Bilingual | null {
  if (outside === 0) return null;
  const km = maxKm < 1 ? '不到 1' : String(Math.round(maxKm));
  const kmEn = maxKm < 1 ? 'less than 1' : String(Math.round(maxKm));
  return fileMessage(
    fileName,
    `${outside} 个要素位于日喀则市之外，距全市外包矩形最远 ${km} 公里`,
    `${outside} features lie outside 日喀则市, up to ${kmEn} km from its bounding box`,
  );
}
