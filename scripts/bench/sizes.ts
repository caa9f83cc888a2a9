import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzipKB = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length / 1024;

/** The JS a first visit must download before the app starts: entry script and its modulepreloads. */
export function initialJs(dist: string): { files: string[]; kb: number } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  return { files, kb: files.reduce((s, f) => s + gzipKB(join(dist, f)), 0) };
}

/** Every data file of the build (GeoJSON and JSON), gzip and raw. */
export function dataFiles(dist: string): { files: string[]; kb: number; rawKb: number } {
  const assets = join(dist, 'assets');
  const files = readdirSync(assets).filter((f) => f.endsWith('.geojson') || f.endsWith('.json'));
  return {
    files,
    kb: files.reduce((s, f) => s + gzipKB(join(assets, f)), 0),
    rawKb: files.reduce((s, f) => s + statSync(join(assets, f)).size / 1024, 0),
  };
}
