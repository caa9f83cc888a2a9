/**
 * Importing 1k, 10k and 100k points through the app's own 导入数据 button, in the
 * browser: time to the status, the longest main-thread task meanwhile, the JS
 * page's JS heap at its peak during the import and after it, and a 吉隆县
 * filter click with and without the layer.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';

/** One file to import: n points, or n polygons of `vertices` vertices each. */
export interface ImportCase {
  kind: 'points' | 'polygons';
  n: number;
  vertices?: number;
}

export interface ImportRun {
  kind: ImportCase['kind'];
  n: number;
  fileMb: number;
  importMs: number;
  longestTaskMs: number;
  /** The longest task that drew no map frame: the import's own work, apart from the rasteriser. */
  longestOtherTaskMs: number;
  /** The longest map frame meanwhile (software WebGL here makes every frame a long task). */
  longestFrameMs: number;
  /** The page's JS heap after the import, and its peak while importing (sampled every 100 ms). */
  heapMb: number;
  peakHeapMb: number;
  filterClickMs: number;
  filterClickWithoutMs: number;
}

/**
 * Points, or small round parcels, spread over the city's box (deterministic), as
 * a GeoJSON file: 10 000 parcels of 250 vertices make about 50 MB.
 */
function caseFile({ kind, n, vertices = 250 }: ImportCase): Buffer {
  let seed = 7;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const at = () => [82.5 + random() * 8, 27.6 + random() * 3.6] as const;
  const ring = ([x, y]: readonly [number, number]) => {
    const r = 0.01 + random() * 0.02;
    const points = Array.from({ length: vertices - 1 }, (_, k) => {
      const a = (2 * Math.PI * k) / (vertices - 1);
      return [+(x + r * Math.cos(a)).toFixed(5), +(y + r * Math.sin(a)).toFixed(5)];
    });
    return [...points, points[0]!];
  };
  const features = Array.from({ length: n }, (_, i) => ({
    type: 'Feature',
    properties: { name: `项目${i + 1}`, 投资: Math.round(random() * 10000) },
    geometry:
      kind === 'points'
        ? { type: 'Point', coordinates: at().map((c) => +c.toFixed(5)) }
        : { type: 'Polygon', coordinates: [ring(at())] },
  }));
  return Buffer.from(JSON.stringify({ type: 'FeatureCollection', features }));
}

const ready = (page: Page) => page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 600_000 });

/** Ticks 吉隆县 and unticks it, timing each click to the map's ready; the median of the two. */
async function countyClick(page: Page): Promise<number> {
  const box = page.getByRole('checkbox', { name: '吉隆县', exact: true });
  const times: number[] = [];
  for (let i = 0; i < 2; i++) {
    const start = Date.now();
    await box.click();
    await page.waitForSelector('[data-testid="map"][data-ready="false"]', { timeout: 5_000 }).catch(() => undefined);
    await ready(page);
    times.push(Date.now() - start);
  }
  return (times[0]! + times[1]!) / 2;
}

const CASES: ImportCase[] = [
  { kind: 'points', n: 1_000 },
  { kind: 'points', n: 10_000 },
  { kind: 'points', n: 100_000 },
  { kind: 'polygons', n: 10_000 },
];

export async function measureImports(browser: Browser, url: string, cases = CASES) {
  const runs: ImportRun[] = [];
  for (const c of cases) {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await page.goto(url);
    await ready(page);
    await page.waitForLoadState('networkidle');
    const filterClickWithoutMs = await countyClick(page);
    await page.evaluate(() => {
      const w = window as unknown as {
        __tasks: [number, number][];
        __frames: number[];
        __APP__: { map: { on: (e: string, f: () => void) => void } };
      };
      w.__tasks = [];
      w.__frames = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__tasks.push([e.startTime, e.duration]);
      }).observe({ type: 'longtask', buffered: false });
      // 'render' fires at the end of a frame, inside the task that drew it.
      w.__APP__.map.on('render', () => w.__frames.push(performance.now()));
    });
    // From a path, Chromium reads the file itself, as when a user picks it; a buffer would be
    // decoded by script in the page, a long task of the harness's own.
    const file = join(tmpdir(), `${c.kind}-${c.n}.geojson`);
    const bytes = caseFile(c);
    writeFileSync(file, bytes);
    const cdp = await context.newCDPSession(page);
    const heapNow = async () => ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
    let peakHeap = await heapNow();
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        peakHeap = Math.max(peakHeap, await heapNow());
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    const start = Date.now();
    await page.getByTestId('import-input').setInputFiles(file);
    await page.getByRole('status').filter({ hasText: '已导入' }).waitFor({ timeout: 600_000 });
    await ready(page);
    const importMs = Date.now() - start;
    sampling = false;
    await sampler;
    // Long-task entries are delivered after their task: give them a moment.
    await page.waitForTimeout(200);
    const { tasks, frames } = await page.evaluate(() => {
      const w = window as unknown as { __tasks: [number, number][]; __frames: number[] };
      return { tasks: w.__tasks, frames: w.__frames };
    });
    const heap = await heapNow();
    const drewFrame = ([start, duration]: [number, number]) => frames.some((t) => t >= start && t <= start + duration);
    const longestOf = (list: [number, number][]) => Math.max(0, ...list.map(([, d]) => d));
    const filterClickMs = await countyClick(page);
    runs.push({
      kind: c.kind,
      n: c.n,
      fileMb: bytes.length / 2 ** 20,
      importMs,
      longestTaskMs: longestOf(tasks),
      longestOtherTaskMs: longestOf(tasks.filter((t) => !drewFrame(t))),
      longestFrameMs: longestOf(tasks.filter(drewFrame)),
      heapMb: heap / 2 ** 20,
      peakHeapMb: Math.max(peakHeap, heap) / 2 ** 20,
      filterClickMs,
      filterClickWithoutMs,
    });
    await context.close();
  }
  return runs;
}
