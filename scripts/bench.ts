/**
 * `npm run bench`: time from navigation to data-ready for the app and for the
 * floor (MapLibre alone drawing the same GeoJSON), in the same Chromium run,
 * and the gzip weight of the initial JS and of the data. Not part of `npm test`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import { launchBrowser } from '../tests/browser/support/browser';

const ROOT = join(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 9);

const gzipKB = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length / 1024;

/** The JS a first visit must download before the app starts: entry script and its modulepreloads. */
function initialJs(dist: string): { files: string[]; kb: number } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  return { files, kb: files.reduce((s, f) => s + gzipKB(join(dist, f)), 0) };
}

function dataFiles(dist: string): { files: string[]; kb: number; rawKb: number } {
  const assets = join(dist, 'assets');
  const files = readdirSync(assets).filter((f) => f.endsWith('.geojson') || f.endsWith('.json'));
  return {
    files,
    kb: files.reduce((s, f) => s + gzipKB(join(assets, f)), 0),
    rawKb: files.reduce((s, f) => s + statSync(join(assets, f)).size / 1024, 0),
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

async function main() {
  await build({
    root: join(ROOT, 'bench', 'floor'),
    logLevel: 'error',
    build: { outDir: join(ROOT, 'dist-bench'), emptyOutDir: true },
  });
  const app = await preview({ root: ROOT, preview: { port: 0 }, logLevel: 'error' });
  const floor = await preview({ root: ROOT, build: { outDir: 'dist-bench' }, preview: { port: 0 }, logLevel: 'error' });
  const urls = { app: app.resolvedUrls!.local[0]!, floor: floor.resolvedUrls!.local[0]! };

  const browser = await launchBrowser();
  const times: Record<'app' | 'floor', number[]> = { app: [], floor: [] };
  // Interleaved, so both see the same machine load.
  for (let i = 0; i < RUNS; i++) {
    for (const which of ['floor', 'app'] as const) {
      const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
      const page = await context.newPage();
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          const el = document.querySelector('[data-testid="map"][data-ready="true"]');
          if (el) {
            (window as unknown as { __readyAt: number }).__readyAt = performance.now();
            observer.disconnect();
          }
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
      });
      await page.goto(urls[which]);
      await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
      times[which].push(await page.evaluate(() => (window as unknown as { __readyAt: number }).__readyAt));
      await context.close();
    }
  }
  await browser.close();
  await app.close();
  await floor.close();

  const js = initialJs(join(ROOT, 'dist'));
  const data = dataFiles(join(ROOT, 'dist'));
  const appMs = median(times.app);
  const floorMs = median(times.floor);
  console.log(`runs: ${RUNS} each, interleaved, 1920×1080, Chromium (SwiftShader)`);
  console.log(
    `ready, median: app ${appMs.toFixed(0)} ms, floor ${floorMs.toFixed(0)} ms, ratio ${(appMs / floorMs).toFixed(2)}`,
  );
  console.log(`ready, all app runs (ms): ${times.app.map((t) => t.toFixed(0)).join(' ')}`);
  console.log(`ready, all floor runs (ms): ${times.floor.map((t) => t.toFixed(0)).join(' ')}`);
  console.log(`initial JS: ${js.kb.toFixed(1)} KB gzip (${js.files.join(', ')})`);
  console.log(`data: ${data.kb.toFixed(1)} KB gzip, ${data.rawKb.toFixed(0)} KB raw (${data.files.join(', ')})`);
}

await main();
