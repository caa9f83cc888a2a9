import { writeFileSync } from 'node:fs';
import { rewind } from '@turf/turf';
import type { Feature } from 'geojson';
import { mapPositions, roundPosition } from './gcj02';

/** RFC 7946: right-hand winding and no false precision (6 decimals); null geometry stays null. */
function normalise(f: Feature | Feature<null>): Feature | Feature<null> {
  if (f.geometry === null) return { type: 'Feature', properties: f.properties, geometry: null };
  const geometry = mapPositions(f.geometry, roundPosition);
  const wound =
    geometry.type === 'Polygon' || geometry.type === 'MultiPolygon' ? (rewind(geometry) as typeof geometry) : geometry;
  return { type: 'Feature', properties: f.properties, geometry: wound };
}

/** Writes a FeatureCollection with one feature per line: small, and diffs stay readable. */
export function writeFeatureCollection(path: string, features: (Feature | Feature<null>)[]): number {
  const body = features.map((f) => JSON.stringify(normalise(f))).join(',\n');
  const text = `{"type":"FeatureCollection","features":[\n${body}\n]}\n`;
  writeFileSync(path, text);
  return text.length;
}
