import { bearing, booleanPointInPolygon, destination, distance, nearestPointOnLine, polygonToLine } from '@turf/turf';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

/** Border crossings sit on the border itself; the simplified AMap outline can miss them by up to this much. */
const MAX_SNAP_KM = 3;
const INSET_KM = 0.15;

/**
 * A point that must lie in `area` (a border crossing on the national border):
 * unchanged when inside, else moved to the nearest point of the outline and
 * 150 m inwards. Returns the distance moved so the record can say so.
 */
export function snapInside(position: Position, area: Feature<Polygon | MultiPolygon>, inward: Position) {
  if (booleanPointInPolygon(position, area)) return { position, movedKm: 0 };
  const outline = polygonToLine(area) as Feature<LineString | MultiLineString> | { features: Feature<LineString>[] };
  const lines = 'features' in outline ? outline.features : [outline];
  const nearest = lines
    .map((line) => nearestPointOnLine(line as Feature<LineString>, position))
    .reduce((a, b) => ((a.properties.dist ?? Infinity) <= (b.properties.dist ?? Infinity) ? a : b));
  const movedKm = distance(position, nearest);
  if (movedKm > MAX_SNAP_KM) throw new Error(`snapInside: ${position.join(',')} is ${movedKm.toFixed(1)} km outside`);
  // Step inwards, towards `inward` first, then turning until the step lands inside.
  const towards = bearing(nearest, inward);
  for (const turn of [0, 30, -30, 60, -60, 90, -90, 120, -120, 150, -150, 180]) {
    const inset = destination(nearest, INSET_KM, towards + turn).geometry.coordinates;
    if (booleanPointInPolygon(inset, area)) return { position: inset, movedKm };
  }
  throw new Error(`snapInside: could not move ${position.join(',')} inside`);
}
