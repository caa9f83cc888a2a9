import { booleanIntersects, booleanPointInPolygon } from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { CountyPartProps, ZoneId, ZoneProps } from '../../src/data/types';
import type { CountyFeature } from './counties';

type Area<P> = Feature<Polygon | MultiPolygon, P>;

/**
 * The zones of 一核两带一廊 a place lies in, for the one filter that acts on
 * every layer: its county's zone, or for 仲巴县 and 萨嘎县 the part of the county
 * it lies in; plus the corridor where it lies in the corridor band.
 */
export function zonesOfPoint(
  point: Feature<Point, { county: string | null }>,
  counties: CountyFeature[],
  parts: Area<CountyPartProps>[],
  corridor: Area<ZoneProps>,
): ZoneId[] {
  const zones: ZoneId[] = [];
  const county = counties.find((c) => c.properties.id === point.properties.county);
  if (county?.properties.split) {
    const part = parts.find((p) => p.properties.county === county.properties.id && booleanPointInPolygon(point, p));
    if (part) zones.push(part.properties.zone);
  } else if (county) {
    zones.push(...county.properties.zones);
  }
  if (booleanPointInPolygon(point, corridor)) zones.push('corridor');
  return zones;
}

/** The zones a route passes through. */
export function zonesOfLine(line: Feature<LineString>, zones: Area<ZoneProps>[]): ZoneId[] {
  return zones.filter((z) => booleanIntersects(line, z)).map((z) => z.properties.id);
}
