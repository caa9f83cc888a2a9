/**
 * `npm run bench`: time from navigation to data-ready for the app and for the
 * floor (MapLibre alone drawing the same GeoJSON), in the same Chromium run,
 * and the gzip weight of the initial JS and of the data. Not part of `npm test`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
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
  const filter = await measureFilterClicks(browser, urls);
  const search = await measureSearch(browser, urls.app);
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
  console.log(
    `filter click → ready, median of ${filter.app.length}: app ${median(filter.app).toFixed(0)} ms, floor (setFilter) ${median(filter.floor).toFixed(0)} ms, ratio ${(median(filter.app) / median(filter.floor)).toFixed(2)}`,
  );
  console.log(
    `search per keystroke, median of ${search.length}: ${median(search).toFixed(2)} ms, max ${Math.max(...search).toFixed(2)} ms`,
  );
}

/** Resolves with the time from now until the map's next data-ready="true". */
const READY_PROBE = `new Promise((resolve) => {
  const el = document.querySelector('[data-testid="map"]');
  const start = performance.now();
  const check = () => { if (el.getAttribute('data-ready') === 'true') { observer.disconnect(); resolve(performance.now() - start); } };
  const observer = new MutationObserver(check);
  observer.observe(el, { attributes: true, attributeFilter: ['data-ready'] });
})`;

/** Toggling 节点乡镇 in the app (a real click), against the same setFilter on the floor page. */
async function measureFilterClicks(browser: Browser, urls: { app: string; floor: string }) {
  const CLICKS = Number(process.env.BENCH_CLICKS ?? 20);
  const result = { app: [] as number[], floor: [] as number[] };
  const appPage = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  await appPage.goto(urls.app);
  await appPage.waitForSelector('[data-testid="map"][data-ready="true"]');
  const box = appPage.getByRole('checkbox', { name: '节点乡镇', exact: true });
  for (let i = 0; i < CLICKS; i++) {
    const ready = appPage.evaluate(READY_PROBE) as Promise<number>;
    await box.click();
    result.app.push(await ready);
  }
  const floorPage = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  await floorPage.goto(urls.floor);
  await floorPage.waitForSelector('[data-testid="map"][data-ready="true"]');
  for (let i = 0; i < CLICKS; i++) {
    const ready = floorPage.evaluate(READY_PROBE) as Promise<number>;
    await floorPage.evaluate(
      (on) => {
        const { map } = (window as unknown as { __FLOOR__: { map: import('maplibre-gl').Map } }).__FLOOR__;
        map.setFilter('towns', on ? ['in', ['get', 'tier'], ['literal', ['node']]] : null);
      },
      i % 2 === 0,
    );
    result.floor.push(await ready);
  }
  return result;
}

/** Typing queries into the search box: the time from an input event to the rendered results. */
async function measureSearch(browser: Browser, url: string): Promise<number[]> {
  const page = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  await page.goto(url);
  await page.waitForSelector('[data-testid="map"][data-ready="true"]');
  return page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const times: number[] = [];
    for (const query of ['jilong', 'kyirong', 'shigatse', '吉隆镇', '喜马拉雅', 'jlz', 'dram']) {
      for (let n = 1; n <= query.length; n++) {
        const start = performance.now();
        setValue.call(input, query.slice(0, n));
        // React flushes a discrete input event synchronously: the results are in the DOM on return.
        input.dispatchEvent(new Event('input', { bubbles: true }));
        times.push(performance.now() - start);
      }
    }
    return times;
  });
}

await main();
