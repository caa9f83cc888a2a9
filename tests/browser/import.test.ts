import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AppDriver } from './support/app-driver';
import { artifactPath } from './support/browser';
import { browserSession } from './support/session';

const { openApp } = browserSession();
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'import');
const fixture = (name: string) => join(FIXTURES, name);

/** Chooses files with the 导入数据 button's file chooser. */
async function chooseFiles(page: Page, ...names: string[]) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入数据', exact: true }).click();
  await (await chooser).setFiles(names.map(fixture));
}

/** Drops a file on the map, as a user dragging it from the desktop would. */
async function dropFile(page: Page, name: string) {
  const base64 = readFileSync(fixture(name)).toString('base64');
  await page.evaluate(
    ({ base64, name }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], name));
      const target = document.querySelector('.map-area')!;
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    { base64, name },
  );
}

/** The imported features MapLibre has drawn, by their selection ids. */
async function drawnUserFeatures(app: AppDriver): Promise<string[]> {
  await app.waitForReady();
  return app.page.evaluate(() => {
    const map = window.__APP__!.map;
    const layers = map
      .getStyle()
      .layers.filter((l) => l.id.startsWith('user-') && l.type !== 'symbol')
      .map((l) => l.id);
    return [...new Set(map.queryRenderedFeatures({ layers }).map((f) => `${f.source}-${f.properties.__fid}`))].sort();
  });
}

const status = (page: Page) => page.getByRole('status').filter({ hasText: '导入' });

/** `n` points in a small square around a place (deterministic), as GeoJSON features. */
function pointsAround([x, y]: [number, number], n: number, label: string) {
  return Array.from({ length: n }, (_, i) => ({
    type: 'Feature',
    properties: { name: `${label}${i + 1}` },
    geometry: { type: 'Point', coordinates: [x + ((i % 25) - 12) * 0.002, y + (Math.floor(i / 25) - 12) * 0.002] },
  }));
}

/** How many imported points the map draws: what each cluster holds, plus the points left unclustered. */
async function drawnPointCount(app: AppDriver): Promise<number> {
  await app.waitForReady();
  return app.page.evaluate(() => {
    const map = window.__APP__!.map;
    const clusters = new Map<number, number>();
    for (const f of map.queryRenderedFeatures({ layers: ['user-u1-cluster'] }))
      clusters.set(Number(f.properties.cluster_id), Number(f.properties.point_count));
    const single = new Set(map.queryRenderedFeatures({ layers: ['user-u1-circle'] }).map((f) => f.properties.__fid));
    return [...clusters.values()].reduce((a, b) => a + b, 0) + single.size;
  });
}

describe("importing the user's own data", () => {
  it('a spreadsheet by the file chooser and a zipped Gauss–Krüger shapefile by drag and drop, drawn among the towns', async () => {
    const { page, app, errors } = await openApp();
    await chooseFiles(page, 'points.xlsx');
    await expect(status(page).textContent()).resolves.toContain('「points.xlsx」已导入 5 个要素');
    await dropFile(page, 'shp-4517-gbk.zip');
    await expect
      .poll(() => status(page).textContent(), { timeout: 30_000 })
      .toContain('「shp-4517-gbk.zip」已导入 3 个要素');
    await expect(status(page).textContent()).resolves.toContain('EPSG:4517');
    const drawn = await drawnUserFeatures(app);
    expect(drawn.filter((id) => id.startsWith('user-u1-'))).toHaveLength(5);
    expect(drawn.filter((id) => id.startsWith('user-u2-'))).toHaveLength(3);
    // The GBK attribute table reads as Chinese in the panel of a feature.
    await page.getByRole('list', { name: '我的数据' }).getByRole('button', { name: '定日县协格尔镇' }).last().click();
    await expect(page.getByRole('article').getByRole('table').textContent()).resolves.toContain('节点乡镇');
    await page.screenshot({ path: artifactPath('import-two-layers.png') });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('ticking 吉隆县 filters the imported features too, and the counts include them', async () => {
    const { page, app } = await openApp();
    await chooseFiles(page, 'jingwei.csv');
    await status(page).waitFor();
    expect(await drawnUserFeatures(app)).toHaveLength(5);
    const county = page.getByRole('checkbox', { name: '吉隆县', exact: true });
    const countOf = () => county.locator('xpath=..').locator('.layer-count').textContent();
    // 吉隆县 has 6 of the plan's places and 5 of its placed works; the file has one point there (吉隆镇).
    await expect(countOf()).resolves.toBe('12');
    await county.check();
    expect(await drawnUserFeatures(app)).toEqual(['user-u1-0']);
    expect(await app.renderedValues('town-circle', 'county')).toEqual(['county-540234']);
    await expect(page.locator('.filter-summary').textContent()).resolves.toContain('导入的要素 1 / 5 个');
    await county.uncheck();
    // The zone filter too: of the five points, 吉隆镇 and 协格尔镇 lie in the border belt.
    await page.getByRole('checkbox', { name: '喜马拉雅中段强边建设带', exact: true }).check();
    expect(await drawnUserFeatures(app)).toEqual(['user-u1-0', 'user-u1-2']);
    await page.context().close();
  });

  it('clusters 3 000 points, and the clusters count only what ticking 吉隆县 leaves', async () => {
    const { page, app } = await openApp();
    // 600 points around 吉隆镇, 2 400 around 桑珠孜区's seat.
    const features = [
      ...pointsAround([85.298, 28.852], 600, '吉隆'),
      ...pointsAround([88.881, 29.267], 2400, '桑珠孜'),
    ];
    await page.getByTestId('import-input').setInputFiles({
      name: 'many.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(JSON.stringify({ type: 'FeatureCollection', features })),
    });
    await expect.poll(() => status(page).textContent(), { timeout: 30_000 }).toContain('已导入 3000 个要素');
    await expect.poll(() => drawnPointCount(app), { timeout: 20_000 }).toBe(3000);
    expect(await page.evaluate(() => window.__APP__!.map.getLayer('user-u1-cluster') !== undefined)).toBe(true);
    await page.getByRole('checkbox', { name: '吉隆县', exact: true }).click();
    await expect.poll(() => drawnPointCount(app), { timeout: 20_000 }).toBe(600);
    await page.getByRole('checkbox', { name: '吉隆县', exact: true }).click();
    await expect.poll(() => drawnPointCount(app), { timeout: 20_000 }).toBe(3000);
    await page.context().close();
  });

  it('keeps the layers across a reload, and exports one back as GeoJSON', async () => {
    const { page, app } = await openApp();
    await chooseFiles(page, 'jingwei.csv');
    await status(page).waitFor();
    // The layer is written to IndexedDB in the background, its order last: wait until that is there.
    const savedOrder = () =>
      page.evaluate(
        () =>
          new Promise<unknown>((resolve) => {
            const open = indexedDB.open('shigatse-plan-map');
            open.onsuccess = () => {
              const get = open.result.transaction('user-layers').objectStore('user-layers').get('order');
              get.onsuccess = () => resolve(get.result ?? null);
              get.onerror = () => resolve(null);
            };
            open.onerror = () => resolve(null);
          }),
      );
    await expect.poll(savedOrder, { timeout: 20_000 }).toEqual(['u1']);
    await page.reload();
    await app.waitForReady();
    // What the page says when it fails, in the message (a notice says why a saved layer did not come back).
    const notice = () => page.evaluate(() => JSON.stringify(window.__APP__!.store.getState().notice));
    expect(await drawnUserFeatures(app), await notice()).toHaveLength(5);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 GeoJSON' }).click();
    const file = await (await download).path();
    const exported = JSON.parse(readFileSync(file, 'utf8')) as GeoJSON.FeatureCollection;
    expect(exported.features).toHaveLength(5);
    expect(exported.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [85.3, 28.85] });
    expect(exported.features[0]?.properties).toEqual({ 名称: '吉隆镇', 人口: 1000 });
    // Saved features that no longer parse are named in a notice; the app opens as usual without them.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const open = indexedDB.open('shigatse-plan-map');
          open.onsuccess = () => {
            const tx = open.result.transaction('user-layers', 'readwrite');
            tx.objectStore('user-layers').put(new TextEncoder().encode('[{"type":').buffer, 'u1:features');
            tx.oncomplete = () => resolve();
          };
        }),
    );
    await page.reload();
    await app.waitForReady();
    await page.getByText('此浏览器保存的图层未能读取，请重新导入：jingwei').waitFor();
    expect(await drawnUserFeatures(app)).toEqual([]);
    await page.context().close();
  });

  it("shows a hostile file's values as text, runs nothing, and a refusal loses nothing", async () => {
    const { page, app } = await openApp();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await chooseFiles(page, 'xss.geojson');
    await status(page).waitFor();
    const list = page.getByRole('list', { name: '我的数据' });
    await list.getByRole('button', { name: '<img src=x onerror=alert(1)>' }).click();
    const table = page.getByRole('article').getByRole('table');
    await expect(table.textContent()).resolves.toContain('javascript:alert(1)');
    // A javascript: link stays text…
    await expect(table.getByRole('link').count()).resolves.toBe(0);
    // …an https link is a link; a <script> name is text.
    await page.getByRole('article').getByRole('button', { name: '关闭' }).click();
    await list.getByRole('button', { name: '<script>alert(1)</script>' }).click();
    await expect(table.getByRole('link').getAttribute('href')).resolves.toBe('https://example.org/a');
    await expect(page.locator('#feature-title').textContent()).resolves.toBe('<script>alert(1)</script>');
    const before = await page.evaluate(() => {
      const s = window.__APP__!.store.getState();
      return { layers: s.userLayers.length, filters: s.filters, selected: s.selectedId };
    });
    for (const bad of ['truncated.geojson', 'random-bytes.bin', 'broken.zip', 'shp-missing-shp.zip']) {
      await chooseFiles(page, bad);
      await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 30_000 }).toContain(bad);
      const after = await page.evaluate(() => {
        const s = window.__APP__!.store.getState();
        return { layers: s.userLayers.length, filters: s.filters, selected: s.selectedId };
      });
      expect(after).toEqual(before);
    }
    // Still drawn (the camera has flown to the selected one).
    expect(await drawnUserFeatures(app)).toContain('user-u1-1');
    expect(dialogs).toEqual([]);
    await page.context().close();
  });

  it('the exported PNG draws the imported layer and names it in its legend', async () => {
    const { page } = await openApp();
    // Points at the plan's towns: drawn over the towns' circles.
    await chooseFiles(page, 'jingwei.csv');
    await status(page).waitFor();
    await page.getByRole('button', { name: '导出', exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'PNG（屏幕分辨率）', exact: true }).click(),
    ]);
    const path = artifactPath('import-export.png');
    await download.saveAs(path);
    const base64 = readFileSync(path).toString('base64');
    // Pixels of the layer's colour, in the map part (its points) and in the legend (its swatch).
    const found = await page.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = document.createElement('canvas');
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const { data, width } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      const rows: number[] = [];
      for (let i = 0; i < data.length; i += 4) {
        // The first layer's colour, #d81b60.
        if (
          Math.abs(data[i]! - 0xd8) < 12 &&
          Math.abs(data[i + 1]! - 0x1b) < 12 &&
          Math.abs(data[i + 2]! - 0x60) < 12
        ) {
          rows.push(Math.floor(i / 4 / width));
        }
      }
      return { rows, height: bitmap.height };
    }, base64);
    const mapPart = found.rows.filter((y) => y < found.height * 0.6).length;
    const legendPart = found.rows.filter((y) => y > found.height * 0.6).length;
    expect(mapPart).toBeGreaterThan(10);
    expect(legendPart).toBeGreaterThan(10);
    await page.context().close();
  });

  it('says so when the browser cannot save the layer, and keeps it on the map', async () => {
    const { page, app } = await openApp();
    // A full disk, as IndexedDB reports it.
    await page.addInitScript(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.reload();
    await app.waitForReady();
    await chooseFiles(page, 'jingwei.csv');
    await expect(status(page).textContent()).resolves.toContain('已导入 5 个要素');
    const notice = () => page.locator('.notice').textContent();
    await expect.poll(notice, { timeout: 10_000 }).toContain('QuotaExceededError');
    expect(await notice()).toContain('导入的图层未能保存');
    expect(await drawnUserFeatures(app)).toHaveLength(5);
    await page.context().close();
  });

  it('asks which columns hold the coordinates when a table is ambiguous, with a preview', async () => {
    const { page, app } = await openApp();
    await chooseFiles(page, 'ambiguous-columns.csv');
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('table').textContent()).resolves.toContain('吉隆镇');
    await dialog.getByRole('combobox', { name: '经度 / X 列' }).selectOption('lon');
    await dialog.getByRole('combobox', { name: '纬度 / Y 列' }).selectOption('lat');
    await dialog.getByRole('button', { name: '导入', exact: true }).click();
    await status(page).waitFor();
    expect((await drawnUserFeatures(app)).length).toBeGreaterThan(0);
    await page.context().close();
  });
});
