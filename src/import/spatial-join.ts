import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import pointOnFeature from '@turf/point-on-feature';
import type { ImportContext } from './types';

type Area = GeoJSON.Polygon | GeoJSON.MultiPolygon;
type Box = [number, number, number, number];

interface IndexedArea {
  id: string;
  geometry: Area;
  box: Box;
  /** Zone ids of the county, or the zone of a county part. */
  zones: string[];
}

export interface JoinIndex {
  counties: IndexedArea[];
  /** county id → its parts, for the counties that the plan splits between two belts. */
  parts: Map<string, IndexedArea[]>;
  corridor: IndexedArea | null;
}

export interface JoinResult {
  county: string | null;
  zones: string;
}

function boxOf(geometry: Area): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  for (const ring of rings) {
    for (const [x, y] of ring as [number, number][]) {
      if (x < box[0]) box[0] = x;
      if (y < box[1]) box[1] = y;
      if (x > box[2]) box[2] = x;
      if (y > box[3]) box[3] = y;
    }
  }
  return box;
}

function indexArea(feature: GeoJSON.Feature, zones: string[]): IndexedArea | null {
  const geometry = feature.geometry;
  const id = feature.properties?.id;
  if (typeof id !== 'string' || (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon')) return null;
  return { id, geometry, box: boxOf(geometry), zones };
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Precompute county and zone boxes once per import. */
export function buildJoinIndex(ctx: ImportContext): JoinIndex {
  const counties = ctx.counties.features
    .map((f) => indexArea(f, stringList(f.properties?.zones)))
    .filter((a): a is IndexedArea => a !== null);
  const parts = new Map<string, IndexedArea[]>();
  let corridor: IndexedArea | null = null;
  for (const f of ctx.zones.features) {
    const props = f.properties ?? {};
    if (props.kind === 'county-part' && typeof props.county === 'string' && typeof props.zone === 'string') {
      const part = indexArea(f, [props.zone]);
      if (part) parts.set(props.county, [...(parts.get(props.county) ?? []), part]);
    } else if (props.kind === 'zone' && props.id === 'corridor') {
      corridor = indexArea(f, ['corridor']);
    }
  }
  return { counties, parts, corridor };
}

function contains(area: IndexedArea, [x, y]: [number, number]): boolean {
  const [w, s, e, n] = area.box;
  if (x < w || x > e || y < s || y > n) return false;
  return booleanPointInPolygon([x, y], area.geometry);
}

/** The point that stands for a feature: itself, a line's middle vertex, a point on a polygon's surface. */
export function representativePoint(geometry: GeoJSON.Geometry): [number, number] | null {
  switch (geometry.type) {
    case 'Point':
      return geometry.coordinates as [number, number];
    case 'MultiPoint':
    case 'LineString':
      return (
        (geometry.coordinates[Math.floor(geometry.coordinates.length / 2)] as [number, number] | undefined) ?? null
      );
    case 'MultiLineString': {
      const line = geometry.coordinates[0] ?? [];
      return (line[Math.floor(line.length / 2)] as [number, number] | undefined) ?? null;
    }
    case 'Polygon':
    case 'MultiPolygon':
      return pointOnFeature(geometry).geometry.coordinates as [number, number];
    case 'GeometryCollection': {
      const first = geometry.geometries[0];
      return first ? representativePoint(first) : null;
    }
  }
}

/** County id and comma-joined zone ids at a point. */
export function joinPoint(index: JoinIndex, point: [number, number]): JoinResult {
  const county = index.counties.find((c) => contains(c, point));
  if (!county) return { county: null, zones: '' };
  const parts = index.parts.get(county.id);
  const zones = parts ? parts.filter((p) => contains(p, point)).flatMap((p) => p.zones) : [...county.zones];
  // A point on the split line may fall in no part by rounding: fall back to the county's list.
  const chosen = parts && zones.length === 0 ? [...county.zones] : zones;
  if (index.corridor && contains(index.corridor, point)) chosen.push('corridor');
  return { county: county.id, zones: chosen.join(',') };
}
