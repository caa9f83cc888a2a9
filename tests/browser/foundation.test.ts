import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppDriver } from './support/app-driver';
import { artifactPath, launchBrowser, newPage } from './support/browser';

const ALL_COUNTIES = [
  '仁布县',
  '仲巴县',
  '亚东县',
  '南木林县',
  '吉隆县',
  '定日县',
  '定结县',
  '岗巴县',
  '康马县',
  '拉孜县',
  '昂仁县',
  '桑珠孜区',
  '江孜县',
  '白朗县',
  '聂拉木县',
  '萨嘎县',
  '萨迦县',
  '谢通门县',
].sort();

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the overview map', () => {
  it('becomes ready and renders all 18 counties and the four zones, offline', async () => {
    const { page, foreignRequests, errors } = await newPage(browser, inject('baseUrl'));
    const app = new AppDriver(page, inject('baseUrl'));
    await app.open();

    expect(await app.renderedValues('county-fill', 'name')).toEqual(ALL_COUNTIES);
    // The three zones and the corridor band, in one fill layer.
    expect(await app.renderedValues('zone-fill', 'id')).toEqual(['border-belt', 'core', 'corridor', 'eco-belt']);
    expect((await app.renderedValues('zone-line', 'anchor', 'corridor-axis')).length).toBe(5);
    expect(await app.renderedValues('zone-line', 'kind')).toEqual(['corridor-axis', 'split-line', 'zone']);
    // The map is drawn, not blank: most of the canvas differs from the empty paper.
    expect(await app.paintedShare()).toBeGreaterThan(0.3);
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);

    const shot = artifactPath('overview.png');
    await page.screenshot({ path: shot });
    if (process.env.UPDATE_SCREENSHOTS)
      copyFileSync(shot, join(import.meta.dirname, '..', '..', 'docs', 'screenshot.png'));
    await page.context().close();
  });

  it('shows the title, a legend naming the four zones and a scale bar', async () => {
    const { page } = await newPage(browser, inject('baseUrl'));
    const app = new AppDriver(page, inject('baseUrl'));
    await app.open();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      '日喀则市“十四五”空间发展总体布局',
    );
    const legend = page.getByRole('region', { name: '图例' });
    for (const zone of [
      '年楚河高原经济高质量发展核心区',
      '雅江中上游生态文明高地建设带',
      '喜马拉雅中段强边建设带',
      '面向南亚开发开放合作走廊',
    ]) {
      await expect.poll(() => legend.getByText(zone).count(), { timeout: 10_000 }).toBe(1);
    }
    await expect.poll(() => legend.getByText('示意').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect(page.locator('.maplibregl-ctrl-scale').textContent()).resolves.toMatch(/km/);
    await page.context().close();
  });
});

describe('selecting a county', () => {
  it('clicking 吉隆县 on the map opens its panel naming 喜马拉雅中段强边建设带', async () => {
    const { page } = await newPage(browser, inject('baseUrl'));
    const app = new AppDriver(page, inject('baseUrl'));
    await app.open();
    await app.clickCounty('吉隆县');
    const panel = page.getByRole('article');
    await expect(panel.getByRole('heading', { level: 2 }).textContent()).resolves.toMatch(/^吉隆县/);
    await expect.poll(() => panel.getByText('喜马拉雅中段强边建设带').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => panel.getByText('是（“9个边境县”之一）').count(), { timeout: 10_000 }).toBe(1);
    await expect(panel.getByRole('definition').filter({ hasText: '宗嘎镇' }).first().textContent()).resolves.toBe(
      '宗嘎镇',
    );
    // The map shows the selection: 吉隆县 carries the selected feature-state.
    await app.waitForReady();
    const selected = await page.evaluate(() => {
      const { map } = window.__APP__!;
      return map.getFeatureState({ source: 'counties', id: 'county-540234' }).selected === true;
    });
    expect(selected).toBe(true);
    expect(page.url()).toContain('sel=county-540234');
    await page.context().close();
  });

  it('shows both belts for 仲巴县, whose parts the plan splits', async () => {
    const { page } = await newPage(browser, inject('baseUrl'));
    const app = new AppDriver(page, inject('baseUrl'));
    await app.open('#v=1&sel=county-540232');
    const panel = page.getByRole('article');
    await expect.poll(() => panel.getByText('雅江中上游生态文明高地建设带').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => panel.getByText('喜马拉雅中段强边建设带').count(), { timeout: 10_000 }).toBe(1);
    await page.context().close();
  });
});

describe('hovering', () => {
  it('highlights the county under the pointer', async () => {
    const { page } = await newPage(browser, inject('baseUrl'));
    const app = new AppDriver(page, inject('baseUrl'));
    await app.open();
    await app.hoverCounty('定日县');
    const hovered = await page.evaluate(() =>
      window.__APP__!.map.getFeatureState({ source: 'counties', id: 'county-540223' }),
    );
    expect(hovered.hover).toBe(true);
    await page.context().close();
  });
});

describe('without WebGL', () => {
  it('says so clearly instead of showing a blank page', async () => {
    const noGl = await launchBrowser(['--disable-webgl', '--disable-3d-apis']);
    const { page } = await newPage(noGl, inject('baseUrl'));
    await page.goto(inject('baseUrl'));
    await expect(page.getByRole('alert').textContent()).resolves.toContain('WebGL');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).count(), { timeout: 10_000 }).toBe(1);
    await noGl.close();
  });
});
