import type { Browser, CDPSession, Page } from 'playwright-core';
import { INTERACTIVE_LAYERS } from '../../src/map/layers';
import { armClickProbe, armHoverProbe, type ClickProbe, type HoverProbe, panAndZoom, townPoint } from './probes';

export type Side = 'app' | 'floor';

export interface ClickSample extends ClickProbe {
  /** Main-thread busy time (CDP Performance TaskDuration) across the click, in ms. */
  taskMs: number;
  /** Of which JavaScript (CDP ScriptDuration), in ms. */
  scriptMs: number;
}

export interface PageRun {
  readyMs: number;
  /** WebGL programs linked (compiled) from navigation to ready. */
  programsAtReady: number;
  clicks: ClickSample[];
  hovers: HoverProbe[];
  /** `render` timestamps of the scripted pan and zoom. */
  frames: number[];
}

const CLICKS = Number(process.env.BENCH_CLICKS ?? 4);
const HOVERS = Number(process.env.BENCH_HOVERS ?? 3);
// 洛江镇: no symbol of a work or port lies over it (works' symbols now cover the central city's, 扎什伦布寺 among them).
const HOVER_TOWN = 'town-540228100';
const VIEWPORT = { width: 1920, height: 1080 };
const READY = '[data-testid="map"][data-ready="true"]';

/**
 * Records when the map first reports data-ready="true", from navigation start,
 * and how many WebGL programs were linked by then: each is a shader compile.
 */
function recordFirstReady() {
  const w = window as unknown as { __readyAt: number; __links: number; __linksAtReady: number };
  w.__links = 0;
  for (const gl of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    const link = gl.linkProgram;
    gl.linkProgram = function (program) {
      w.__links++;
      link.call(this, program);
    };
  }
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-testid="map"][data-ready="true"]')) {
      w.__readyAt = performance.now();
      w.__linksAtReady = w.__links;
      observer.disconnect();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/** Toggles 节点乡镇 (a real click on the checkbox of that name, on either page) and times each toggle. */
async function measureClicks(page: Page, cdp: CDPSession): Promise<ClickSample[]> {
  const box = page.getByRole('checkbox', { name: '节点乡镇', exact: true });
  const samples: ClickSample[] = [];
  for (let i = 0; i < CLICKS; i++) {
    await page.evaluate(armClickProbe);
    const before = await metrics(cdp);
    await box.click();
    const probe = await page.evaluate(() => (window as unknown as { __clickProbe: Promise<ClickProbe> }).__clickProbe);
    const after = await metrics(cdp);
    const delta = (name: string) => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
    samples.push({ ...probe, taskMs: delta('TaskDuration'), scriptMs: delta('ScriptDuration') });
  }
  return samples;
}

/** Moves the mouse off and onto a town's symbol, timing the highlight. */
async function measureHovers(page: Page): Promise<HoverProbe[]> {
  const town = await page.evaluate(townPoint, [HOVER_TOWN, [...INTERACTIVE_LAYERS]] as [string, string[]]);
  const samples: HoverProbe[] = [];
  for (let i = 0; i < HOVERS; i++) {
    // Off the symbol (onto its county) and settled before each sample.
    await page.mouse.move(town.x, town.y + 90);
    await page.waitForFunction((id) => window.__APP__!.store.getState().hoveredId !== id, HOVER_TOWN);
    await page.waitForSelector(READY);
    await page.evaluate(armHoverProbe, HOVER_TOWN);
    await page.mouse.move(town.x, town.y);
    samples.push(await page.evaluate(() => (window as unknown as { __hoverProbe: Promise<HoverProbe> }).__hoverProbe));
  }
  await page.mouse.move(town.x, town.y + 90);
  return samples;
}

/** One fresh page of one side: navigation → ready, filter clicks, hovers (app only), pan and zoom. */
export async function measurePage(browser: Browser, side: Side, url: string): Promise<PageRun> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    // tsx (esbuild keepNames) wraps named inner functions in `__name(...)`: give the page a no-op one.
    await page.addInitScript('globalThis.__name = (f) => f;');
    await page.addInitScript(recordFirstReady);
    await page.goto(url);
    await page.waitForSelector(READY, { timeout: 60_000 });
    const { readyMs, programsAtReady } = await page.evaluate(() => {
      const w = window as unknown as { __readyAt: number; __linksAtReady: number };
      return { readyMs: w.__readyAt, programsAtReady: w.__linksAtReady };
    });
    // The app fetches the plan text once ready: let that finish before timing interactions.
    await page.waitForLoadState('networkidle');
    await page.waitForSelector(READY);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const clicks = await measureClicks(page, cdp);
    const hovers = side === 'app' ? await measureHovers(page) : [];
    await page.waitForSelector(READY);
    const frames = await page.evaluate(panAndZoom);
    return { readyMs, programsAtReady, clicks, hovers, frames };
  } finally {
    await context.close();
  }
}

/** The app's map size at the bench viewport, so the floor can draw as many pixels. */
export async function appMapSize(browser: Browser, url: string): Promise<{ w: number; h: number }> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector(READY, { timeout: 60_000 });
  const box = (await page.locator('[data-testid="map"]').boundingBox())!;
  await context.close();
  return { w: Math.round(box.width), h: Math.round(box.height) };
}
