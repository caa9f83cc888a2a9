import { writeFileSync } from 'node:fs';
import { rewind } from '@turf/turf';
import type { Feature, Position } from 'geojson';
import { mapPositions, roundPosition } from './gcj02';

const roundTo = (decimals: number) => (p: Position) => [
  Number(p[0]!.toFixed(decimals)),
  Number(p[1]!.toFixed(decimals)),
];

/** RFC 7946: right-hand winding and no false precision (5 decimals unless the source has fewer); null geometry stays null. */
function normalise(f: Feature | Feature<null>, decimals: number): Feature | Feature<null> {
  if (f.geometry === null) return { type: 'Feature', properties: f.properties, geometry: null };
  const geometry = mapPositions(f.geometry, decimals === 5 ? roundPosition : roundTo(decimals));
  const wound =
    geometry.type === 'Polygon' || geometry.type === 'MultiPolygon' ? (rewind(geometry) as typeof geometry) : geometry;
  return { type: 'Feature', properties: f.properties, geometry: wound };
}

/** Writes a FeatureCollection with one feature per line: small, and diffs stay readable. */
export function writeFeatureCollection(path: string, features: (Feature | Feature<null>)[], decimals = 5): number {
  const body = features.map((f) => JSON.stringify(normalise(f, decimals))).join(',\n');
  const text = `{"type":"FeatureCollection","features":[\n${body}\n]}\n`;
  writeFileSync(path, text);
  return text.length;
}
