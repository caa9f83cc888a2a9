import gcoord from 'gcoord';
import type { Geometry, Position } from 'geojson';

/**
 * Five decimals (≈1 m): AMap's outlines carry about 1/1024° (≈100 m) and its
 * points six GCJ-02 decimals, so more digits would be false precision (RFC 7946).
 */
export function roundPosition(p: Position): Position {
  return [Number(p[0]!.toFixed(5)), Number(p[1]!.toFixed(5))];
}

/** GCJ-02 (AMap, the "Mars" datum) to WGS-84, rounded. */
export function gcjToWgs(p: Position): Position {
  const [lng, lat] = gcoord.transform([p[0]!, p[1]!], gcoord.GCJ02, gcoord.WGS84);
  return roundPosition([lng, lat]);
}

/** Applies fn to every position of a (multi)polygon or (multi)line geometry. */
export function mapPositions<G extends Geometry>(geometry: G, fn: (p: Position) => Position): G {
  const ring = (r: Position[]) => r.map(fn);
  switch (geometry.type) {
    case 'Point':
      return { ...geometry, coordinates: fn(geometry.coordinates) };
    case 'LineString':
    case 'MultiPoint':
      return { ...geometry, coordinates: ring(geometry.coordinates) };
    case 'Polygon':
    case 'MultiLineString':
      return { ...geometry, coordinates: geometry.coordinates.map(ring) };
    case 'MultiPolygon':
      return { ...geometry, coordinates: geometry.coordinates.map((poly) => poly.map(ring)) };
    default:
      throw new Error(`mapPositions: unsupported geometry ${geometry.type}`);
  }
}
