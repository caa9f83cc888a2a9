import proj4 from 'proj4';
import { type Bounds, inBounds } from '../city-bounds';
import type { CrsCandidate } from '../types';
import { KNOWN_CRS, type KnownCrs } from './definitions';

const GEOGRAPHIC = '+proj=longlat +datum=WGS84 +no_defs';
// Unprefixed eastings do not say their zone; these are the zones that cover 日喀则.
const THREE_DEGREE_MERIDIANS = [84, 87, 90];
const SIX_DEGREE_MERIDIANS = [87];

/** lon/lat of x/y under a known CRS, or null if proj4 cannot invert it. */
export function toLonLat(crs: KnownCrs, x: number, y: number): [number, number] | null {
  const out = proj4(crs.proj4, GEOGRAPHIC, [x, y]);
  const [lon, lat] = out;
  return lon !== undefined && lat !== undefined && Number.isFinite(lon) && Number.isFinite(lat) ? [lon, lat] : null;
}

function candidate(code: string, x: number, y: number, city: Bounds): CrsCandidate | null {
  const crs = KNOWN_CRS.get(code);
  const sample = crs ? toLonLat(crs, x, y) : null;
  if (!crs || !sample) return null;
  return { crs: code, label: crs.label, sample, insideCity: inBounds(city, sample[0], sample[1]) };
}

/** EPSG codes of zone-prefixed Gauss–Krüger zones that the 2 leading digits of an 8-digit easting name. */
export function prefixedZoneCodes(easting: number): string[] {
  const zone = Math.floor(easting / 1_000_000);
  const codes: string[] = [];
  if (zone >= 25 && zone <= 45) codes.push(`EPSG:${4513 + zone - 25}`);
  if (zone >= 13 && zone <= 23) codes.push(`EPSG:${4491 + zone - 13}`);
  return codes;
}

/** Unprefixed zones (and Web Mercator) that could hold a 6-/7-digit easting near the city. */
export function unprefixedCandidates(x: number, y: number, city: Bounds): CrsCandidate[] {
  const codes = [
    ...THREE_DEGREE_MERIDIANS.map((cm) => `EPSG:${4534 + (cm - 75) / 3}`),
    ...SIX_DEGREE_MERIDIANS.map((cm) => `EPSG:${4502 + (cm - 75) / 6}`),
  ];
  const out: CrsCandidate[] = [];
  if (x >= 100_000 && x < 1_000_000) {
    for (const code of codes) {
      const c = candidate(code, x, y, city);
      if (c) out.push(c);
    }
  }
  const mercator = Math.abs(x) <= 20_037_509 && Math.abs(y) <= 20_037_509 ? candidate('EPSG:3857', x, y, city) : null;
  // Web Mercator is offered only when it lands near the city (27–32°N, 80–93°E).
  const [lon, lat] = mercator?.sample ?? [0, 0];
  if (mercator && lat >= 27 && lat <= 32 && lon >= 80 && lon <= 93) out.push(mercator);
  return out;
}

/** The candidates for an 8-digit zone-prefixed easting, each with where it lands. */
export function prefixedCandidates(x: number, y: number, city: Bounds): CrsCandidate[] {
  return prefixedZoneCodes(x)
    .map((code) => candidate(code, x, y, city))
    .filter((c): c is CrsCandidate => c !== null);
}
