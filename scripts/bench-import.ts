// Times runImport on 1k/10k/100k random points in 日喀则, as GeoJSON and as CSV, and prints the
// import time, the sampled heap peak and the growth per 10×. Run: npx tsx scripts/bench-import.ts
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { runImport } from '../src/import/run-import';
import type { ImportContext } from '../src/import/types';

const SIZES = [1_000, 10_000, 100_000];

// A collectable heap before each run, so one run's garbage is not counted in the next one's peak.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

function loadContext(): ImportContext {
  const read = (name: string) => JSON.parse(readFileSync(new URL(`../geodata/${name}`, import.meta.url), 'utf8'));
  return { counties: read('counties.geojson'), zones: read('zones.geojson') };
}

// A fixed-seed generator, so every run imports the same points.
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

function points(n: number): [number, number][] {
  const next = random(n);
  return Array.from({ length: n }, () => [82.5 + next() * 8, 27.5 + next() * 3.5]);
}

function asGeoJson(pts: [number, number][]): string {
  const features = pts.map(([x, y], i) => ({
    type: 'Feature',
    properties: { name: `点 ${i}`, value: i },
    geometry: { type: 'Point', coordinates: [Number(x.toFixed(6)), Number(y.toFixed(6))] },
  }));
  return JSON.stringify({ type: 'FeatureCollection', features });
}

function asCsv(pts: [number, number][]): string {
  return ['名称,经度,纬度,数值', ...pts.map(([x, y], i) => `点 ${i},${x.toFixed(6)},${y.toFixed(6)},${i}`)].join('\n');
}

async function measure(name: string, text: string, ctx: ImportContext): Promise<{ ms: number; peakMb: number }> {
  const bytes = new TextEncoder().encode(text);
  collect();
  let peak = process.memoryUsage().heapUsed;
  // The sampler runs only when runImport awaits; the heap right after it (result still held) is sampled too.
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 2);
  const start = performance.now();
  const result = await runImport([{ name, bytes }], {}, ctx);
  const ms = performance.now() - start;
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  clearInterval(sampler);
  if (result.status !== 'ok') throw new Error(`${name}: ${JSON.stringify(result).slice(0, 300)}`);
  return { ms, peakMb: peak / 1024 / 1024 };
}

const ctx = loadContext();
await measure('warmup.geojson', asGeoJson(points(500)), ctx);
for (const format of ['geojson', 'csv'] as const) {
  let previous: { ms: number; peakMb: number } | null = null;
  for (const n of SIZES) {
    const pts = points(n);
    const text = format === 'geojson' ? asGeoJson(pts) : asCsv(pts);
    const m = await measure(`bench-${n}.${format}`, text, ctx);
    const growth = previous
      ? `  time ×${(m.ms / previous.ms).toFixed(1)}, heap ×${(m.peakMb / previous.peakMb).toFixed(1)}`
      : '';
    console.log(
      `${format.padEnd(8)} ${String(n).padStart(7)} points  ${m.ms.toFixed(0).padStart(6)} ms  heap peak ${m.peakMb.toFixed(0).padStart(5)} MB${growth}`,
    );
    previous = m;
  }
}
