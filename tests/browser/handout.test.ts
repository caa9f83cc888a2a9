import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AppDriver } from './support/app-driver';
import { artifactPath } from './support/browser';
import { imageContent, isPng, readPdf, readZip } from './support/handout-files';
import { browserSession } from './support/session';

const { openApp } = browserSession();

/** A shorter agenda (the first `n` scenes), so that a test renders fewer pages. */
async function keepScenes(page: Page, n: number) {
  await page.evaluate((count) => {
    const s = window.__APP__!.store.getState();
    s.setAgenda(s.agenda.slice(0, count));
  }, n);
}

/** Everything the presenter sees of the view: link, camera, scene, filters, and what the map draws. */
async function shownView(page: Page, app: AppDriver) {
  await app.waitForReady();
  // A finished camera move reaches the link 400 ms later (url-sync.ts): the scene's own framing at
  // start may still be on its way when the map is first ready.
  await page.waitForTimeout(500);
  const state = await page.evaluate(() => {
    const s = window.__APP__!.store.getState();
    const map = window.__APP__!.map;
    return {
      hash: window.location.hash,
      history: window.history.length,
      camera: s.camera,
      scene: s.sceneIndex,
      filters: s.filters,
      center: map.getCenter().toArray(),
      zoom: map.getZoom(),
    };
  });
  return { ...state, towns: await app.renderedValues('town-circle', 'id') };
}

/** Each image is a drawn map: many colours, and ink on most of it. */
function expectDrawnMaps(images: { colours: number; inked: number }[]) {
  for (const image of images) {
    expect(image.colours).toBeGreaterThan(40);
    expect(image.inked).toBeGreaterThan(0.3);
  }
}

async function exportHandout(page: Page, item: string) {
  await page.getByRole('button', { name: '导出', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 240_000 }),
    page.getByRole('menuitem', { name: item, exact: true }).click(),
  ]);
  return download;
}

describe('the handout', () => {
  it('导出讲义 downloads one A4 landscape PDF page per scene, each a drawn map, and leaves the view as it was', async () => {
    const { page, app } = await openApp('#v=1&scene=3');
    // Four of the agenda's scenes: as many pages as scenes, without drawing the whole agenda here.
    await keepScenes(page, 4);
    const before = await shownView(page, app);
    const download = await exportHandout(page, '导出讲义');
    expect(download.suggestedFilename()).toMatch(/^日喀则十四五空间布局-讲义-\d{8}\.pdf$/);
    const bytes = new Uint8Array(readFileSync((await download.path())!));
    const pdf = readPdf(bytes);
    expect(pdf.pages).toBe(4);
    expect(pdf.jpegs).toHaveLength(4);
    // A4 landscape: 841.89 × 595.28 points, every page.
    const boxes = [
      ...Buffer.from(bytes)
        .toString('latin1')
        .matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g),
    ];
    expect(boxes).toHaveLength(4);
    for (const [, w, h] of boxes) expect([Number(w).toFixed(2), Number(h).toFixed(2)]).toEqual(['841.89', '595.28']);
    const pages = [];
    for (const jpeg of pdf.jpegs) pages.push(await imageContent(page, jpeg, 'image/jpeg'));
    for (const p of pages) expect(p.width).toBeGreaterThan(1900);
    expectDrawnMaps(pages);
    // Each page shows its own scene, not four copies of one.
    expect(new Set(pdf.jpegs.map((j) => Buffer.from(j).toString('base64').slice(-2000))).size).toBe(4);
    await page.screenshot({ path: artifactPath('handout-after.png') });
    expect(await shownView(page, app)).toEqual(before);
    await page.context().close();
  }, 300_000);

  it('the zip choice holds one PNG per scene', async () => {
    const { page, app } = await openApp('#v=1&scene=2');
    await keepScenes(page, 3);
    const before = await shownView(page, app);
    const download = await exportHandout(page, '导出讲义图片（ZIP）');
    const files = readZip(new Uint8Array(readFileSync((await download.path())!)));
    const names = Object.keys(files).sort();
    expect(names).toHaveLength(3);
    expect(names[0]).toBe('01-全域格局：一核两带一廊.png');
    for (const name of names) expect(isPng(files[name]!)).toBe(true);
    expectDrawnMaps(await Promise.all(names.map((name) => imageContent(page, files[name]!, 'image/png'))));
    writeFileSync(artifactPath('handout-page-02.png'), files[names[1]!]!);
    expect(await shownView(page, app)).toEqual(before);
    await page.context().close();
  }, 300_000);

  it('shows its progress and can be cancelled, downloading nothing', async () => {
    const { page, app } = await openApp('#v=1&scene=2');
    // Five scenes, cancelled on the second: three more are still to draw when the click lands.
    await keepScenes(page, 5);
    const before = await shownView(page, app);
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.getByRole('button', { name: '导出', exact: true }).click();
    await page.getByRole('menuitem', { name: '导出讲义', exact: true }).click();
    const status = page.getByRole('status').filter({ hasText: '正在生成讲义' });
    await expect.poll(() => status.textContent(), { timeout: 120_000 }).toContain('2 / 5');
    await page.locator('.handout-progress').screenshot({ path: artifactPath('handout-progress.png') });
    await status.getByRole('button', { name: '取消' }).click();
    await page.getByText('已取消导出讲义').waitFor({ timeout: 60_000 });
    expect(downloads).toBe(0);
    expect(await shownView(page, app)).toEqual(before);
    await page.context().close();
  }, 300_000);
});
