import { readFileSync } from 'node:fs';
import type { ImportContext } from '../../../src/import/types';

/** The app's real counties and zones, as the UI will hand them to the importer. */
export function loadImportContext(): ImportContext {
  const read = (name: string) => JSON.parse(readFileSync(new URL(`../../../geodata/${name}`, import.meta.url), 'utf8'));
  return { counties: read('counties.geojson'), zones: read('zones.geojson') };
}

/** Encode text as a dropped file. */
export function textFile(name: string, text: string): { name: string; bytes: Uint8Array } {
  return { name, bytes: new TextEncoder().encode(text) };
}
