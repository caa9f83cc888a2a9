/**
 * `npm run bench`: the app against a floor (MapLibre alone drawing the same
 * GeoJSON, bench/floor/), interleaved in one Chromium at 1920×1080: navigation
 * → ready (and the WebGL programs linked by then), a filter click (time, frames, tile layouts, main-thread time), hover
 * → highlight (app only), frame times of a scripted pan and zoom; then the gzip
 * weight of the initial JS and of the data, search per keystroke, a phone at DPR 3
 * with and without the pixel-ratio cap, and imports of
 * 1k, 10k and 100k points (BENCH_IMPORT=0 skips them). Prints a
 * table and writes bench-results.json. Not part of `npm test`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { launchBrowser } from '../tests/browser/support/browser';
import { measureImports } from './bench/import-scale';
import { appMapSize, measurePage, type PageRun, type Side } from './bench/measure-page';
import { measurePhone } from './bench/phone';
import { summarise, table } from './bench/report';
import { measureSearch } from './bench/search';
import { dataFiles, initialJs } from './bench/sizes';

const ROOT = join(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

async function main() {
  const started = Date.now();
  await build({
    root: join(ROOT, 'bench', 'floor'),
    logLevel: 'error',
    build: { outDir: join(ROOT, 'dist-bench'), emptyOutDir: true },
  });
  const app = await preview({ root: ROOT, preview: { port: 0 }, logLevel: 'error' });
  const floor = await preview({ root: ROOT, build: { outDir: 'dist-bench' }, preview: { port: 0 }, logLevel: 'error' });
  const browser = await launchBrowser();
  // Also a warm-up: the first page of a fresh browser pays for its caches.
  const size = await appMapSize(browser, app.resolvedUrls!.local[0]!);
  const urls: Record<Side, string> = {
    app: app.resolvedUrls!.local[0]!,
    floor: `${floor.resolvedUrls!.local[0]!}?w=${size.w}&h=${size.h}`,
  };

  const runs: Record<Side, PageRun[]> = { app: [], floor: [] };
  // Interleaved, so both see the same machine load.
  for (let i = 0; i < RUNS; i++) {
    for (const side of ['floor', 'app'] as const) runs[side].push(await measurePage(browser, side, urls[side]));
  }
  const search = await measureSearch(browser, urls.app);
  const phone = await measurePhone(browser, urls.app);
  const imports = process.env.BENCH_IMPORT === '0' ? [] : await measureImports(browser, urls.app);
  const chromium = browser.version();
  await browser.close();
  await app.close();
  await floor.close();

  const summary = summarise(runs, {
    runs: RUNS,
    chromium,
    floorMapSize: size,
    initialJs: initialJs(join(ROOT, 'dist')),
    data: dataFiles(join(ROOT, 'dist')),
    search,
  });
  writeFileSync(join(ROOT, 'bench-results.json'), `${JSON.stringify({ ...summary, phone, imports }, null, 2)}\n`);
  console.log(`${RUNS} pages per side, interleaved; map ${size.w}×${size.h} px on both; Chromium ${chromium}`);
  console.log(table(summary));
  console.log(`ready, app runs (ms): ${summary.ready.appRuns.join(' ')}`);
  console.log(`ready, floor runs (ms): ${summary.ready.floorRuns.join(' ')}`);
  console.log(`initial JS files: ${summary.initialJsFiles.join(', ')}`);
  for (const ratio of [2, 3]) {
    const at = phone.filter((r) => r.pixelRatio === ratio);
    console.log(
      `phone 390×844 DPR 3, map at ${ratio}${ratio === 2 ? ' (the cap)' : ' (no cap)'}: ready ${at.map((r) => r.readyMs).join(' ')} ms; median frame while zooming ${at.map((r) => r.frameMs).join(' ')} ms`,
    );
  }
  for (const r of imports) {
    console.log(
      `import ${r.n} ${r.kind} (${r.fileMb.toFixed(0)} MB): ${r.importMs} ms, longest task ${r.longestTaskMs.toFixed(0)} ms (not a map frame ${r.longestOtherTaskMs.toFixed(0)} ms, a frame ${r.longestFrameMs.toFixed(0)} ms), heap ${r.heapMb.toFixed(0)} MB after, ${r.peakHeapMb.toFixed(0)} MB at peak; 吉隆县 click ${r.filterClickMs.toFixed(0)} ms (without the layer ${r.filterClickWithoutMs.toFixed(0)} ms)`,
    );
  }
  console.log(`bench-results.json written; ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

await main();
