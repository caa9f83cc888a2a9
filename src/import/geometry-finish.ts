import kinks from '@turf/kinks';
import rewind from '@turf/rewind';
import type { Position2 } from './geometry-read';
import { LIMITS } from './limits';

export type Transform = (p: Position2) => Position2;

export type FinishedGeometry =
  | { ok: true; geometry: GeoJSON.Geometry; closedRings: number; selfIntersecting: boolean }
  | { ok: false; zh: string; en: string };

class FinishProblem extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

function finishPosition(p: Position2, transform: Transform): Position2 {
  const [lon, lat] = transform(p);
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
    throw new FinishProblem(
      `坐标（${p[0]}, ${p[1]}）超出经纬度范围`,
      `coordinate (${p[0]}, ${p[1]}) is out of range for longitude/latitude`,
    );
  }
  return [round6(lon), round6(lat)];
}

function finishRing(ring: Position2[], transform: Transform, counter: { closed: number }): Position2[] {
  const out = ring.map((p) => finishPosition(p, transform));
  const first = out[0];
  const last = out[out.length - 1];
  // An open ring is closed rather than rejected: the intent is clear and GIS tools export such rings.
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) {
    out.push([first[0], first[1]]);
    counter.closed++;
  }
  if (out.length < 4) {
    throw new FinishProblem(
      `多边形的环只有 ${out.length} 个坐标（至少 4 个）`,
      `a polygon ring has ${out.length} positions (at least 4 are needed)`,
    );
  }
  return out;
}

function finishGeometry(
  geometry: GeoJSON.Geometry,
  transform: Transform,
  counter: { closed: number },
): GeoJSON.Geometry {
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: finishPosition(geometry.coordinates as Position2, transform) };
    case 'MultiPoint':
    case 'LineString': {
      const coordinates = (geometry.coordinates as Position2[]).map((p) => finishPosition(p, transform));
      if (geometry.type === 'LineString' && coordinates.length < 2) {
        throw new FinishProblem('线只有 1 个坐标', 'a line has only one position');
      }
      return { type: geometry.type, coordinates };
    }
    case 'MultiLineString':
      return {
        type: 'MultiLineString',
        coordinates: (geometry.coordinates as Position2[][]).map((line) => {
          if (line.length < 2) throw new FinishProblem('线只有不到 2 个坐标', 'a line has fewer than two positions');
          return line.map((p) => finishPosition(p, transform));
        }),
      };
    case 'Polygon':
      return {
        type: 'Polygon',
        coordinates: (geometry.coordinates as Position2[][]).map((r) => finishRing(r, transform, counter)),
      };
    case 'MultiPolygon':
      return {
        type: 'MultiPolygon',
        coordinates: (geometry.coordinates as Position2[][][]).map((poly) =>
          poly.map((r) => finishRing(r, transform, counter)),
        ),
      };
    case 'GeometryCollection':
      return {
        type: 'GeometryCollection',
        geometries: geometry.geometries.map((g) => finishGeometry(g, transform, counter)),
      };
  }
}

function positionCount(geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon): number {
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  return rings.reduce((n, r) => n + r.length, 0);
}

function crossesItself(geometry: GeoJSON.Geometry): boolean {
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return false;
  // kinks is O(n²): only small rings are checked.
  if (positionCount(geometry) > LIMITS.kinkCheckPositions) return false;
  return kinks(geometry).features.length > 0;
}

/** Project, range-check, round to 6 decimals, close open rings, wind by the right-hand rule, flag bowties. */
export function finishGeometryToWgs84(geometry: GeoJSON.Geometry, transform: Transform): FinishedGeometry {
  const counter = { closed: 0 };
  try {
    const finished = finishGeometry(geometry, transform, counter);
    // mutate: the geometry is ours already, and rewind's return type is wider than what it returns.
    rewind(finished, { mutate: true });
    return { ok: true, geometry: finished, closedRings: counter.closed, selfIntersecting: crossesItself(finished) };
  } catch (error) {
    if (error instanceof FinishProblem) return { ok: false, zh: error.zh, en: error.en };
    throw error;
  }
}
