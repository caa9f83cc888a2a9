import { readFileSync } from 'node:fs';
import { booleanPointInPolygon, lineString, point, pointToLineDistance } from '@turf/turf';
import type { Polygon, Position } from 'geojson';

export interface NamedPoint {
  id: string;
  name: string;
  name_en: string;
  at: Position;
  source: string;
  /** Why GSHHG has no line here (a river it does not carry): the name is kept, and not drawn. */
  absent?: string;
}
export interface PeakEntry extends NamedPoint {
  elevation_m: number;
}
export interface PhysicalNames {
  rivers: NamedPoint[];
  lakes: NamedPoint[];
  peaks: PeakEntry[];
}

export function readPhysicalNames(path: string): PhysicalNames {
  return JSON.parse(readFileSync(path, 'utf8')) as PhysicalNames;
}

/** How far a sourced point may lie from the river or lake it names: some points are town seats, which stand back from the river. */
export const MATCH_KM = 5;

/**
 * The river a sourced point names: of the lines within MATCH_KM, the most
 * major (lowest GSHHG level), then the nearest; or why there is none.
 */
export function riverAt(
  entry: NamedPoint,
  lines: readonly { level: number; coordinates: Position[] }[],
): number | string {
  const p = point(entry.at);
  const all = lines.map((l, i) => ({
    i,
    level: l.level,
    km: pointToLineDistance(p, lineString(l.coordinates), { units: 'kilometers' }),
  }));
  const best = all.filter((c) => c.km <= MATCH_KM).sort((a, b) => a.level - b.level || a.km - b.km)[0];
  if (!best) {
    const nearest = all.sort((a, b) => a.km - b.km)[0];
    return `${entry.id} (${entry.name}) lies on no GSHHG river within ${MATCH_KM} km (nearest: ${nearest?.km.toFixed(1)} km, level ${nearest?.level})`;
  }
  return best.i;
}

/** The lake a sourced point names: the one containing it, or else the nearest shore within MATCH_KM; or why there is none. */
export function lakeAt(entry: NamedPoint, lakes: readonly Polygon[]): number | string {
  const p = point(entry.at);
  const inside = lakes.findIndex((l) => booleanPointInPolygon(p, l));
  if (inside >= 0) return inside;
  const near = lakes
    .map((l, i) => ({
      i,
      // The shore: a lake's outer ring.
      km: pointToLineDistance(p, lineString(l.coordinates[0]!), { units: 'kilometers' }),
    }))
    .filter((c) => c.km <= MATCH_KM)
    .sort((a, b) => a.km - b.km);
  const best = near[0];
  return best ? best.i : `${entry.id} (${entry.name}) lies in no GSHHG lake within ${MATCH_KM} km`;
}

/**
 * Matches every name to its feature. A name that matches nothing fails the
 * build, unless its entry says why GSHHG has no such feature (`absent`), so a
 * name is never dropped or put on the wrong river silently.
 */
export function matchNames(entries: readonly NamedPoint[], at: (e: NamedPoint) => number | string) {
  const matched = new Map<number, NamedPoint>();
  const failures: string[] = [];
  for (const entry of entries) {
    const found = at(entry);
    if (typeof found === 'string') {
      if (!entry.absent) failures.push(found);
    } else if (entry.absent) failures.push(`${entry.id} is marked absent but matches a feature`);
    else if (matched.has(found)) failures.push(`${entry.id} and ${matched.get(found)!.id} name one feature`);
    else matched.set(found, entry);
  }
  if (failures.length > 0) throw new Error(`physical-names.json:\n  ${failures.join('\n  ')}`);
  return matched;
}
