import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppDriver } from './support/app-driver';
import { artifactPath, launchBrowser } from './support/browser';
import { png, solidPng, startTileServer, type TileServer } from './support/tile-server';

/** The test tiles' colour: a magenta no part of the plan's map uses. */
const MAGENTA: [number, number, number] = [255, 0, 255];
const FAKE_KEY = 'FAKE-tianditu-key-0042';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

let contexts: BrowserContext[] = [];
let servers: TileServer[] = [];
afterEach(async () => {
  for (const c of contexts) await c.close();
  for (const s of servers) await s.stop();
  contexts = [];
  servers = [];
});

/** A fresh page recording every request off the app's origin and every notice shown. */
async function openApp(hash = '', context?: BrowserContext) {
  const ctx = context ?? (await browser.newContext({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1 }));
  if (!context) contexts.push(ctx);
  const page = await ctx.newPage();
  const origin = new URL(inject('baseUrl')).origin;
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !/^(data|blob):/.test(r.url())) foreign.push(r.url());
  });
  const app = new AppDriver(page, inject('baseUrl'));
  await app.open(hash);
  return { page, app, foreign, context: ctx };
}

async function tileServer(tile = solidPng(MAGENTA)) {
  const server = await startTileServer(tile);
  servers.push(server);
  return server;
}

/** Opens 底图, enters a template in 瓦片地址 and submits it. */
async function useCustomTiles(page: Page, template: string) {
  await page.getByRole('button', { name: '底图', exact: true }).click();
  await page.getByLabel('瓦片地址', { exact: true }).fill(template);
  await page.getByLabel('瓦片地址', { exact: true }).press('Enter');
}

type Sample = { x: number; y: number; kind: 'bare' | 'county' | 'town'; colour: number[] };

/**
 * Canvas colours on a grid: where nothing of the plan is drawn ('bare': only the
 * background, or a basemap), where only area fills are ('county'), and at the
 * centres of the town symbols ('town').
 */
async function sampleMap(app: AppDriver): Promise<Sample[]> {
  const points = await app.page.evaluate(() => {
    const { map } = window.__APP__!;
    const canvas = map.getCanvas();
    const fills = new Set(['zone-fill', 'county-fill', 'county-mask', 'corridor-spotlight']);
    const points: Omit<Sample, 'colour'>[] = [];
    for (let x = 30; x < canvas.clientWidth - 30; x += 45) {
      for (let y = 30; y < canvas.clientHeight - 30; y += 45) {
        const hits = map.queryRenderedFeatures([
          [x - 6, y - 6],
          [x + 6, y + 6],
        ]);
        const layers = hits.map((f) => f.layer.id);
        if (hits.length === 0) points.push({ x, y, kind: 'bare' });
        else if (layers.includes('county-fill') && layers.every((id) => fills.has(id)))
          points.push({ x, y, kind: 'county' });
      }
    }
    for (const town of map.queryRenderedFeatures({ layers: ['town-circle'] })) {
      if (town.geometry.type !== 'Point' || town.properties.tier !== 'central-city') continue;
      const at = map.project(town.geometry.coordinates as [number, number]);
      points.push({ x: at.x, y: at.y, kind: 'town' });
    }
    return points;
  });
  const colours = await app.canvasPixels(points);
  return points.map((p, i) => ({ ...p, colour: colours[i]!.slice(0, 3) }));
}

const distance = (a: number[], b: number[]) => a.reduce((sum, v, i) => sum + Math.abs(v - b[i]!), 0);
const isMagenta = ([r, g, b]: number[]) => r! - g! > 80 && b! - g! > 80;

describe('the basemap', () => {
  it('by default asks nothing of any other server and draws the rivers, lakes and peaks', async () => {
    const { page, app, foreign } = await openApp();
    await page.getByRole('button', { name: '底图', exact: true }).click();
    await expect(page.getByRole('radio', { name: /无底图（离线）/ }).isChecked()).resolves.toBe(true);
    expect(await app.renderedValues('physical-line', 'name', 'river')).toContain('雅鲁藏布江');
    expect(await app.renderedValues('lake-fill', 'name')).toEqual(expect.arrayContaining(['佩枯错', '多庆错']));
    expect(await app.renderedValues('physical-label', 'name')).toContain('珠穆朗玛峰');
    const bare = (await sampleMap(app)).filter((s) => s.kind === 'bare');
    // The paper (#f3f0e8) where the plan draws nothing.
    expect(bare.length).toBeGreaterThan(20);
    expect(bare.every((s) => distance(s.colour, [0xf3, 0xf0, 0xe8]) < 12)).toBe(true);
    expect(foreign).toEqual([]);
  });

  it('a custom tile service draws under the plan’s layers; the link keeps the choice, not the template', async () => {
    const server = await tileServer();
    const { page, app, foreign, context } = await openApp();
    const offline = await sampleMap(app);
    await useCustomTiles(page, server.template);
    await app.waitForReady();
    await page.screenshot({ path: artifactPath('basemap-control.png') });
    await page.keyboard.press('Escape');
    await app.waitForReady();
    await page.screenshot({ path: artifactPath('basemap-custom-tiles.png') });

    expect(server.requests.length).toBeGreaterThan(3);
    expect(foreign.every((url) => url.startsWith(server.origin))).toBe(true);
    const online = await sampleMap(app);
    const at = (s: Sample) => online.find((o) => o.kind === s.kind && o.x === s.x && o.y === s.y);
    // Where the plan draws nothing, the tiles show.
    const bare = offline.filter((s) => s.kind === 'bare');
    expect(bare.filter((s) => at(s) && isMagenta(at(s)!.colour)).length / bare.length).toBeGreaterThan(0.9);
    // Over the counties the zone fills are drawn on top: tinted by the tiles, but not the tiles' colour.
    const counties = offline.filter((s) => s.kind === 'county' && at(s));
    expect(counties.length).toBeGreaterThan(30);
    const tinted = counties.filter((s) => distance(s.colour, at(s)!.colour) > 30 && !isMagenta(at(s)!.colour));
    expect(tinted.length / counties.length).toBeGreaterThan(0.8);
    // The central city's symbol is on top of everything, unchanged.
    const towns = offline.filter((s) => s.kind === 'town');
    expect(towns.length).toBe(1);
    expect(distance(towns[0]!.colour, at(towns[0]!)!.colour)).toBeLessThan(30);
    // Who the tiles come from, on the map.
    await expect(page.locator('.maplibregl-ctrl-attrib').textContent()).resolves.toContain(
      `瓦片：${new URL(server.origin).host}`,
    );

    // The link: the choice, not the template.
    await expect.poll(() => page.url()).toContain('bm=custom');
    expect(page.url()).not.toContain('127.0.0.1%3A');
    expect(decodeURIComponent(page.url())).not.toContain(server.origin);
    // Reopened in this browser, the link draws the same tiles (the template is in localStorage).
    const before = server.requests.length;
    const again = await openApp(new URL(page.url()).hash, context);
    expect(server.requests.length).toBeGreaterThan(before);
    expect(isMagenta((await sampleMap(again.app)).find((s) => s.kind === 'bare')!.colour)).toBe(true);
    // Opened in another browser, which has no template, the link falls back with a notice.
    const elsewhere = await openApp(new URL(page.url()).hash);
    await expect(elsewhere.page.getByRole('alert').textContent()).resolves.toContain('未填写瓦片地址');
    expect(elsewhere.foreign).toEqual([]);
  });

  it('refuses AMap, Tencent and Baidu tiles, saying they are shifted', async () => {
    const { page, foreign } = await openApp();
    await useCustomTiles(page, 'https://webrd01.is.autonavi.com/appmaptile?x={x}&y={y}&z={z}&style=8');
    const alert = page.getByRole('dialog').getByRole('alert');
    await expect(alert.textContent()).resolves.toMatch(/高德地图.*GCJ-02.*数百米/);
    await page.getByLabel('瓦片地址', { exact: true }).fill('https://maponline0.bdimg.com/tile/?x={x}&y={y}&z={z}');
    await page.getByLabel('瓦片地址', { exact: true }).press('Enter');
    await expect(alert.textContent()).resolves.toMatch(/百度地图.*BD-09/);
    expect(await page.evaluate(() => window.__APP__!.store.getState().basemap)).toBe('none');
    expect(foreign).toEqual([]);
  });

  it('a server answering 403 makes the map fall back with a notice, keeping the view', async () => {
    const server = await tileServer();
    server.answer(403);
    const { page, app } = await openApp('#v=1&sel=county-540234');
    await useCustomTiles(page, server.template);
    const notice = page.getByRole('alert').filter({ hasText: 'HTTP 403' });
    await notice.waitFor({ timeout: 20_000 });
    await expect(notice.textContent()).resolves.toContain('已恢复为无底图（离线）');
    await app.waitForReady();
    const state = await page.evaluate(() => {
      const s = window.__APP__!.store.getState();
      const layers = window.__APP__!.map.getStyle().layers.map((l) => l.id);
      return { basemap: s.basemap, selectedId: s.selectedId, tiles: layers.filter((id) => id.startsWith('basemap-')) };
    });
    expect(state).toEqual({ basemap: 'none', selectedId: 'county-540234', tiles: [] });
    expect(page.url()).not.toContain('bm=');
    await page.screenshot({ path: artifactPath('basemap-403-notice.png') });
  });

  it('a server that stops answering makes the map fall back with a notice naming it', async () => {
    const server = await tileServer();
    const { page, app } = await openApp();
    await useCustomTiles(page, server.template);
    await app.waitForReady();
    await page.keyboard.press('Escape');
    await server.stop();
    // New tiles are needed: zoom in on 吉隆县.
    await page.evaluate(() => window.__APP__!.map.jumpTo({ center: [85.3, 28.6], zoom: 8.5 }));
    const notice = page.getByRole('alert').filter({ hasText: '无法连接服务器' });
    await notice.waitFor({ timeout: 30_000 });
    await app.waitForReady();
    expect(await page.evaluate(() => window.__APP__!.store.getState().basemap)).toBe('none');
    expect((await app.renderedValues('county-fill', 'name')).length).toBeGreaterThan(0);
  });

  it('the hillshade shades the zones from Terrarium elevation tiles; the link says so, without the URL', async () => {
    // Ridges and valleys, 4 000 ± 1 500 m, in Terrarium's encoding: (R × 256 + G + B / 256) − 32 768.
    const relief = png((x, y) => {
      const v = 4000 + 1500 * Math.sin(x / 12) * Math.cos(y / 12) + 32768;
      return [Math.floor(v / 256), Math.floor(v) % 256, Math.floor((v % 1) * 256)];
    });
    const server = await tileServer(relief);
    const { page, app } = await openApp();
    const flat = await sampleMap(app);
    await page.getByRole('button', { name: '底图', exact: true }).click();
    await page.getByLabel('高程瓦片地址', { exact: true }).fill(server.template);
    await page.getByLabel('高程瓦片地址', { exact: true }).press('Enter');
    await app.waitForReady();
    await expect(page.getByRole('checkbox', { name: /地形晕渲/ }).isChecked()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await app.waitForReady();
    await page.screenshot({ path: artifactPath('basemap-hillshade.png') });
    expect(server.requests.length).toBeGreaterThan(3);
    const shaded = await sampleMap(app);
    const counties = flat.filter((s) => s.kind === 'county');
    const changed = counties.filter((s) => {
      const now = shaded.find((o) => o.x === s.x && o.y === s.y);
      return now && distance(now.colour, s.colour) > 15;
    });
    expect(changed.length / counties.length).toBeGreaterThan(0.5);
    await expect.poll(() => page.url()).toContain('hs=1');
    expect(decodeURIComponent(page.url())).not.toContain(server.origin);
  });

  it('the 天地图 key is used for its tiles only: never in the link, a PNG export or an agenda file', async () => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1 });
    contexts.push(context);
    const tianditu: string[] = [];
    // No real network: 天地图's hosts answer from here, every other server is cut off.
    const origin = new URL(inject('baseUrl')).origin;
    await context.route(
      (url) => url.origin !== origin,
      async (route) => {
        const url = route.request().url();
        if (!/^https:\/\/t[0-7]\.tianditu\.gov\.cn\//.test(url)) return route.abort('internetdisconnected');
        tianditu.push(url);
        await route.fulfill({
          status: 200,
          headers: { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'image/png' },
          // The labels' tiles are transparent but for a dark mark, as 天地图's 注记 are.
          body: url.includes('/cva_w/')
            ? png((x, y) => (x > 100 && x < 140 && y > 120 && y < 132 ? [20, 20, 20, 255] : [0, 0, 0, 0]))
            : solidPng([0, 170, 90]),
        });
      },
    );
    const { page, app } = await openApp('', context);
    await page.getByRole('button', { name: '底图', exact: true }).click();
    // Chosen without a key, it asks for one.
    await page.getByRole('radio', { name: /^天地图 / }).click();
    await expect(page.getByRole('dialog').getByRole('alert').textContent()).resolves.toContain('请先填写天地图密钥');
    await page.getByLabel('天地图密钥', { exact: true }).fill(FAKE_KEY);
    await page.getByLabel('天地图密钥', { exact: true }).press('Enter');
    await app.waitForReady();
    await page.keyboard.press('Escape');
    await app.waitForReady();
    expect(tianditu.some((url) => url.includes('/vec_w/') && url.includes(`tk=${FAKE_KEY}`))).toBe(true);
    expect(tianditu.some((url) => url.includes('/cva_w/'))).toBe(true);
    await page.screenshot({ path: artifactPath('basemap-tianditu-fake.png') });
    await expect.poll(() => page.url()).toContain('bm=tianditu-vector');
    expect(await page.evaluate(() => window.location.href)).not.toContain(FAKE_KEY);
    expect(await page.evaluate(() => JSON.stringify(localStorage))).toContain(FAKE_KEY);

    // The PNG export draws the tiles and names 天地图, and holds no key.
    await page.getByRole('button', { name: '导出', exact: true }).click();
    const [download] = await Promise.all([
      // Drawing the map again, tiles and all, takes a while on a software renderer.
      page.waitForEvent('download', { timeout: 120_000 }),
      page.getByRole('menuitem', { name: 'PNG（屏幕分辨率）', exact: true }).click(),
    ]);
    await download.saveAs(artifactPath('basemap-tianditu-export.png'));
    const exported = readFileSync(artifactPath('basemap-tianditu-export.png'));
    expect(exported.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(exported.includes(Buffer.from(FAKE_KEY))).toBe(false);
    const green = await page.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = document.createElement('canvas');
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4 * 7)
        if (data[i + 1]! - data[i]! > 60 && data[i + 1]! - data[i + 2]! > 20) count++;
      return count / (data.length / (4 * 7));
    }, exported.toString('base64'));
    // The basemap's green shows between the counties in the exported map.
    expect(green).toBeGreaterThan(0.02);

    // An agenda file with a scene of this view holds no key and no basemap.
    await page.getByRole('button', { name: '会议模式' }).click();
    await page.getByRole('button', { name: '添加当前视图为场景' }).click();
    const [agenda] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出议程' }).click(),
    ]);
    const agendaText = readFileSync((await agenda.path())!, 'utf8');
    expect(agendaText).not.toContain(FAKE_KEY);
    expect(agendaText).not.toContain('tianditu');
    expect(agendaText).not.toContain('bm=');
    expect(await page.evaluate(() => window.location.href)).not.toContain(FAKE_KEY);
  }, 240_000);
});
