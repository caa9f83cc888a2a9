import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, Geometry } from 'geojson';

export const GEODATA_DIR = join(import.meta.dirname, '..', '..', '..', 'geodata');

/** Reads a committed file of geodata/ as the app would receive it. */
export function readGeojson<P>(file: string): FeatureCollection<Geometry, P> {
  return JSON.parse(readFileSync(join(GEODATA_DIR, file), 'utf8')) as FeatureCollection<Geometry, P>;
}
