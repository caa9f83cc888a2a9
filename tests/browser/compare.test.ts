import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AppDriver } from './support/app-driver';
import { refusedViolations } from './support/axe';
import { artifactPath } from './support/browser';
import { browserSession } from './support/session';

const { openApp } = browserSession();

// The agenda's 喜马拉雅中段强边建设带 (scene 4) and 城镇体系 (scene 6), as a meeting on 吉隆县 swipes them.
const BORDER_BELT = 4;
const TOWN_SYSTEM = 6;

type Rgba = number[];
interface Point {
  x: number;
  y: number;
}

async function bothReady(page: Page, app: AppDriver) {
  await app.waitForReady();
  await page.waitForSelector('[data-testid="compare-map"][data-ready="true"]', { timeout: 45_000 });
}

/** Where the plan's 吉隆口岸 and the town 桑桑镇 are drawn (the same on both maps: one camera), in page pixels. */
async function probes(page: Page): Promise<{ port: Point; town: Point; width: number }> {
  return page.evaluate(() => {
    const { map, store } = window.__APP__!;
    const data = store.getState().data!;
    const at = (coordinates: GeoJSON.Position) => {
      const p = map.project(coordinates as [number, number]);
      const box = map.getCanvas().getBoundingClientRect();
      return { x: Math.round(box.left + p.x), y: Math.round(box.top + p.y) };
    };
    const port = data.ports.features.find((f) => f.properties.id === 'port-gyirong')!;
    const town = data.towns.features.find((f) => f.properties.name === '桑桑镇')!;
    return {
      port: at(port.geometry.coordinates),
      town: at(town.geometry.coordinates),
      width: map.getCanvas().clientWidth,
    };
  });
}

/** What the screen shows at each point: a screenshot, decoded by the browser. */
async function screenPixels(page: Page, points: Point[]): Promise<Rgba[]> {
  const png = (await page.screenshot()).toString('base64');
  return page.evaluate(
    async ([data, at]) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      return at.map(({ x, y }) => [...ctx.getImageData(x, y, 1, 1).data]);
    },
    [png, points] as const,
  );
}

/** Each map's own pixel at a point (in the map's CSS pixels), read from the frame it has just drawn. */
async function mapPixel(page: Page, which: 'map' | 'compareMap', at: Point): Promise<Rgba> {
  return page.evaluate(
    async ([key, { x, y }]) => {
      const map = window.__APP__![key]!;
      const drawn = new Promise<void>((resolve) => map.once('render', () => resolve()));
      map.triggerRepaint();
      await drawn;
      const canvas = map.getCanvas();
      const box = canvas.getBoundingClientRect();
      const ratio = canvas.width / canvas.clientWidth;
      const copy = new OffscreenCanvas(1, 1);
      const ctx = copy.getContext('2d')!;
      ctx.drawImage(canvas, Math.round((x - box.left) * ratio), Math.round((y - box.top) * ratio), 1, 1, 0, 0, 1, 1);
      return [...ctx.getImageData(0, 0, 1, 1).data];
    },
    [which, at] as const,
  );
}

const distance = (a: Rgba, b: Rgba) => Math.abs(a[0]! - b[0]!) + Math.abs(a[1]! - b[1]!) + Math.abs(a[2]! - b[2]!);

const dividerAt = async (page: Page) =>
  Number(await page.getByRole('separator', { name: /对比分界线/ }).getAttribute('aria-valuenow'));

const cameras = (page: Page) =>
  page.evaluate(() => {
    const { map, compareMap } = window.__APP__!;
    const of = (m: typeof map) => ({ lng: m.getCenter().lng, lat: m.getCenter().lat, zoom: m.getZoom() });
    return { screen: of(map), compare: of(compareMap!) };
  });

describe('对比分析 (compare)', () => {
  it('swipes between the border-belt and town-system scenes in a meeting: pixels, divider, cameras, link', async () => {
    // Two maps drawn by SwiftShader: a smaller screen than a projector's keeps the test's frames affordable.
    const { page, app, errors } = await openApp(`#v=1&scene=${BORDER_BELT}&present=1`, {
      reducedMotion: 'reduce',
      viewport: { width: 1280, height: 800 },
    });
    // Presenting hides the header: the presenter's tools carry the button.
    await page.getByRole('button', { name: '对比分析' }).click();
    await page.getByRole('combobox', { name: '右侧显示' }).selectOption(`scene:${TOWN_SYSTEM}`);
    await bothReady(page, app);
    expect(await page.evaluate(() => window.__APP__!.store.getState().compare)).toEqual({
      source: { kind: 'scene', index: TOWN_SYSTEM - 1 },
      mode: 'swipe',
      position: 50,
    });
    await page.screenshot({ path: artifactPath('compare-swipe-meeting.png') });

    // The two sides draw different layers: 吉隆口岸 on the border-belt side (the town system leaves ports out),
    // 桑桑镇 (雅江 belt) on the town-system side only.
    const { port, town, width } = await probes(page);
    for (const p of [port, town]) expect(p.x > 0 && p.x < width).toBe(true);
    const drawn = await page.evaluate(
      ([portAt, townAt]) => {
        const { map, compareMap } = window.__APP__!;
        const hit = (m: typeof map, p: { x: number; y: number }, layer: string) =>
          m.queryRenderedFeatures([p.x, p.y], { layers: [layer] }).filter((f) => f.state.off !== true).length > 0;
        return {
          portOnScreenMap: hit(map, portAt!, 'port-icon'),
          portOnCompareMap: hit(compareMap!, portAt!, 'port-icon'),
          townOnScreenMap: hit(map, townAt!, 'town-circle'),
          townOnCompareMap: hit(compareMap!, townAt!, 'town-circle'),
        };
      },
      [port, town] as const,
    );
    expect(drawn).toEqual({
      portOnScreenMap: true,
      portOnCompareMap: false,
      townOnScreenMap: false,
      townOnCompareMap: true,
    });
    const own = {
      port: { left: await mapPixel(page, 'map', port), right: await mapPixel(page, 'compareMap', port) },
      town: { left: await mapPixel(page, 'map', town), right: await mapPixel(page, 'compareMap', town) },
    };
    expect(distance(own.port.left, own.port.right)).toBeGreaterThan(60);
    expect(distance(own.town.left, own.town.right)).toBeGreaterThan(60);

    /** The screen shows the border-belt map left of the divider and the town-system map right of it. */
    const expectSides = async () => {
      const at = await dividerAt(page);
      const [portSeen, townSeen] = await screenPixels(page, [port, town]);
      for (const [p, seen, { left, right }] of [
        [port, portSeen!, own.port],
        [town, townSeen!, own.town],
      ] as const) {
        const leftOfDivider = (100 * p.x) / width < at;
        expect(distance(seen, leftOfDivider ? left : right), `at ${at}%, x ${p.x}`).toBeLessThan(30);
      }
    };
    await expectSides();

    // The keyboard moves the divider (Shift: by 10), and the pixels' boundary moves with it.
    const divider = page.getByRole('separator', { name: /对比分界线/ });
    await divider.focus();
    await page.keyboard.press('Home');
    expect(await dividerAt(page)).toBe(0);
    await expectSides();
    await page.keyboard.press('End');
    expect(await dividerAt(page)).toBe(100);
    await expectSides();
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await dividerAt(page)).toBe(89);
    // A position between the two probes: one on each side.
    const between = Math.round((50 * (port.x + town.x)) / width);
    await page.keyboard.press('Home');
    for (let i = 0; i < Math.floor(between / 10); i += 1) await page.keyboard.press('Shift+ArrowRight');
    for (let i = 0; i < between % 10; i += 1) await page.keyboard.press('ArrowRight');
    expect(await dividerAt(page)).toBe(between);
    await expectSides();
    await page.screenshot({ path: artifactPath('compare-swipe-divider-moved.png') });

    // The divider's arrow keys did not step the presentation; the clicker's PageDown still does, and compare stays.
    expect(await page.evaluate(() => window.__APP__!.store.getState().sceneIndex)).toBe(BORDER_BELT - 1);
    await page.keyboard.press('PageDown');
    await bothReady(page, app);
    expect(await page.evaluate(() => window.__APP__!.store.getState().sceneIndex)).toBe(BORDER_BELT);
    await page.keyboard.press('PageUp');
    await bothReady(page, app);
    expect(await page.evaluate(() => window.__APP__!.store.getState().sceneIndex)).toBe(BORDER_BELT - 1);

    // A drag moves it too, by mouse.
    const box = (await divider.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(width * 0.3, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    expect(await dividerAt(page)).toBeCloseTo(30, 0);

    // A pan of either map moves the other (above the scene's caption).
    for (const x of [width * 0.15, width * 0.75]) {
      await page.mouse.move(x, 300);
      await page.mouse.down();
      await page.mouse.move(x + 120, 360, { steps: 6 });
      await page.mouse.up();
      await bothReady(page, app);
      const { screen, compare } = await cameras(page);
      expect(compare.lng).toBeCloseTo(screen.lng, 6);
      expect(compare.lat).toBeCloseTo(screen.lat, 6);
      expect(compare.zoom).toBeCloseTo(screen.zoom, 6);
    }

    expect(await refusedViolations(page)).toEqual([]);

    // The link reopens the same comparison (the scene is framed again, as a link to a scene always is).
    await page.waitForFunction(() => window.location.hash.includes('cmp=scene:6,swipe,'));
    const compared = await page.evaluate(() => window.__APP__!.store.getState().compare);
    const link = new URL(page.url()).hash;
    expect(link).toMatch(/&scene=4&present=1&cmp=scene:6,swipe,\d+(\.\d)?$/);
    await page.reload();
    await bothReady(page, app);
    expect(await page.evaluate(() => window.__APP__!.store.getState().compare)).toEqual(compared);
    expect(new URL(page.url()).hash.replace(/map=[^&]*&/, '')).toBe(link.replace(/map=[^&]*&/, ''));
    expect(await dividerAt(page)).toBe(compared!.position);
    const reopened = await cameras(page);
    expect(reopened.compare.lng).toBeCloseTo(reopened.screen.lng, 6);
    expect(reopened.compare.zoom).toBeCloseTo(reopened.screen.zoom, 6);

    // Side by side: two maps, each half the width, on one camera.
    await page.getByRole('button', { name: '并排' }).click();
    await bothReady(page, app);
    const halves = await page.evaluate(() => {
      const { map, compareMap } = window.__APP__!;
      const r = (m: typeof map) => m.getCanvas().getBoundingClientRect().toJSON() as DOMRect;
      return { screen: r(map), compare: r(compareMap!) };
    });
    expect(halves.screen.width).toBeCloseTo(width / 2, 0);
    expect(halves.compare.x).toBeCloseTo(width / 2, 0);
    await page.screenshot({ path: artifactPath('compare-side-by-side.png') });

    expect(await refusedViolations(page)).toEqual([]);

    // Esc in the comparison's controls leaves it, and not the presentation.
    await page.getByRole('button', { name: '卷帘' }).focus();
    await page.keyboard.press('Escape');
    await app.waitForReady();
    expect(await page.locator('[data-testid="compare-map"]').count()).toBe(0);
    expect(await page.evaluate(() => window.__APP__!.store.getState().presenting)).toBe(true);
    await expect.poll(() => page.url()).not.toContain('cmp=');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('says so when a link compares with a scene the agenda lacks, keeps the map, and leaves by Esc after a dialog', async () => {
    const { page, errors } = await openApp('#v=1&cmp=scene:42,swipe,50');
    await expect(page.getByText('议程中没有第 42 个场景').isVisible()).resolves.toBe(true);
    expect(await page.locator('[data-testid="compare-map"]').count()).toBe(0);
    await expect.poll(() => page.url()).not.toContain('cmp=');
    expect(await page.evaluate(() => window.__APP__!.map.queryRenderedFeatures().length)).toBeGreaterThan(0);

    // Opened from the header; Esc closes a dialog over it first, then the comparison.
    await page.getByRole('button', { name: '对比分析', exact: true }).click();
    await page.waitForSelector('[data-testid="compare-map"][data-ready="true"]', { timeout: 45_000 });
    await page.getByRole('button', { name: '二维码', exact: true }).click();
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.locator('[data-testid="compare-map"]').count()).toBe(1);
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-testid="compare-map"]').count()).toBe(0);
    expect(await page.getByRole('button', { name: '对比分析', exact: true }).getAttribute('aria-pressed')).toBe(
      'false',
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
