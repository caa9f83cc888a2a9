import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppDriver } from './support/app-driver';
import { artifactPath, launchBrowser, newPage } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The rendered features of a layer at a screen point, with the county drawn there. */
async function peakAndCounty(app: AppDriver, peak: string) {
  return app.page.evaluate((name) => {
    const { map } = window.__APP__!;
    const drawn = map.queryRenderedFeatures({ layers: ['physical-label'] }).find((f) => f.properties.name === name);
    if (drawn?.geometry.type !== 'Point') return null;
    const at = map.project(drawn.geometry.coordinates as [number, number]);
    // Just north of the summit: the summit itself lies on the border line.
    const county = map.queryRenderedFeatures([at.x, at.y - 3], { layers: ['county-fill'] })[0];
    return { elevation: drawn.properties.elevation_m as number, county: county?.properties.name as string | undefined };
  }, peak);
}

/** The canvas colours at points along the 雅鲁藏布江, as drawn now. */
async function coloursAlongYarlung(app: AppDriver): Promise<number[][]> {
  const points = await app.page.evaluate(() => {
    const { map, store } = window.__APP__!;
    const river = store.getState().data!.physical.features.find((f) => f.properties.name === '雅鲁藏布江');
    if (river?.geometry.type !== 'LineString') throw new Error('no 雅鲁藏布江 in the data');
    const canvas = map.getCanvas();
    return river.geometry.coordinates
      .filter((_, i) => i % 4 === 0)
      .map((p) => map.project(p as [number, number]))
      .filter((at) => at.x > 0 && at.y > 0 && at.x < canvas.clientWidth && at.y < canvas.clientHeight)
      .map(({ x, y }) => ({ x, y }));
  });
  return (await app.canvasPixels(points)).map((rgba) => rgba.slice(0, 3));
}

/** The share of points whose colour differs between two samplings. */
const changedShare = (a: number[][], b: number[][]) =>
  a.filter((c, i) => c.reduce((sum, v, k) => sum + Math.abs(v - b[i]![k]!), 0) > 40).length / a.length;

describe('physical geography', () => {
  it('at the overview, draws the 雅鲁藏布江, the lakes and 珠穆朗玛峰 in 定日县, offline', async () => {
    const { page, foreignRequests, errors } = await newPage(browser, inject('baseUrl'));
    const app = new AppDriver(page, inject('baseUrl'));
    await app.open();

    expect(await app.renderedValues('physical-line', 'name', 'river')).toContain('雅鲁藏布江');
    const withRivers = await coloursAlongYarlung(app);
    // Water blue: blue dominates at most points along the river.
    expect(withRivers.filter(([r, g, b]) => b! > r! + 20 && b! > g!).length / withRivers.length).toBeGreaterThan(0.5);
    expect(await app.renderedValues('lake-fill', 'name')).toEqual(expect.arrayContaining(['佩枯错', '多庆错']));
    expect(await app.renderedValues('physical-line', 'kind', 'national-border')).toEqual(['national-border']);
    expect(await peakAndCounty(app, '珠穆朗玛峰')).toEqual({ elevation: 8848.86, county: '定日县' });
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await page.screenshot({ path: artifactPath('physical-overview.png') });

    // The river is what makes those pixels blue: hidden by its eye button, they change.
    await page.getByRole('button', { name: /河流$/ }).click();
    await app.waitForReady();
    expect(changedShare(withRivers, await coloursAlongYarlung(app))).toBeGreaterThan(0.5);
    await page.context().close();
  });

  it('names rivers along the line, in English too; an eye button hides the rivers', async () => {
    const { page } = await newPage(browser, inject('baseUrl'));
    const app = new AppDriver(page, inject('baseUrl'));
    await app.open('#v=1&map=7.60/28.3000/86.6000&lang=en');
    await expect
      .poll(() => app.renderedValues('river-label', 'name_en'), { timeout: 15_000 })
      .toContain('Yarlung Tsangpo');
    await page.screenshot({ path: artifactPath('physical-dingri-en.png') });

    await page.getByRole('button', { name: /Rivers$/ }).click();
    await app.waitForReady();
    expect(await app.renderedValues('physical-line', 'kind', 'river')).toEqual([]);
    expect(await app.renderedValues('river-label', 'name')).toEqual([]);
    expect(page.url()).toContain('layer:rivers');
    await page.context().close();
  });
});
