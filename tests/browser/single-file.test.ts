import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppDriver } from './support/app-driver';
import { artifactPath, launchBrowser } from './support/browser';
import { imageContent, readPdf } from './support/handout-files';

// Meeting mode: dist-single/index.html (npm run build:single, run by `npm test`)
// opened by double-click, i.e. from file://, on a machine with no network.
const SINGLE_FILE = join(import.meta.dirname, '..', '..', 'dist-single', 'index.html');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The only schemes a self-contained file may use. */
const isLocal = (url: string) => /^(file|data|blob):/.test(url);

/**
 * A page with the network off (offline emulation, and every other request
 * aborted), recording each request it tries outside file:, data: and blob:,
 * and every error.
 */
async function openSingleFile() {
  if (!existsSync(SINGLE_FILE)) throw new Error('dist-single/index.html is missing: run npm run build:single');
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1 });
  await context.setOffline(true);
  await context.route(
    (url) => !isLocal(url.href),
    (route) => route.abort('internetdisconnected'),
  );
  const page = await context.newPage();
  const attempted: string[] = [];
  const errors: string[] = [];
  // Aborted requests still fire 'request', so this also records those the route blocked.
  page.on('request', (r) => {
    if (!isLocal(r.url())) attempted.push(r.url());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  const app = new AppDriver(page, pathToFileURL(SINGLE_FILE).href);
  await app.open();
  return { page, app, attempted, errors };
}

describe('the single HTML file, from file:// with no network', () => {
  it('draws all 18 counties and the 46 towns without asking for anything', async () => {
    const { page, app, attempted, errors } = await openSingleFile();
    expect(await page.evaluate(() => window.origin)).toBe('null'); // really the opaque file:// origin
    expect((await app.renderedValues('county-fill', 'name')).length).toBe(18);
    expect((await app.renderedValues('town-circle', 'id')).length).toBe(46);
    expect(await app.paintedShare()).toBeGreaterThan(0.3);
    // Importing works offline too: the import worker is inside the file.
    await page
      .getByTestId('import-input')
      .setInputFiles(join(import.meta.dirname, '..', 'fixtures', 'import', 'jingwei.csv'));
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: '已导入' }).textContent(), { timeout: 30_000 })
      .toContain('「jingwei.csv」已导入 5 个要素');
    expect(attempted).toEqual([]);
    expect(errors).toEqual([]);
    await page.screenshot({ path: artifactPath('single-file.png') });
    await page.context().close();
  });

  it('opens the plan reader and its chapters offline, and a county brief', async () => {
    const { page, app, attempted, errors } = await openSingleFile();
    await page.getByRole('button', { name: '规划原文', exact: true }).click();
    const reader = page.getByRole('region', { name: '规划原文' });
    await reader.getByRole('navigation', { name: '目录' }).waitFor();
    await reader.getByRole('button', { name: '第三章 优化区域空间格局' }).click();
    await reader.locator('.reader-paragraph', { hasText: '喜马拉雅中段强边建设带。涵盖' }).first().waitFor();
    // The view is still written to the URL, so a bookmark of the file reopens it.
    expect(page.url()).toContain('read=toc');
    await page.screenshot({ path: artifactPath('single-file-reader.png') });
    // The county brief, its map drawn inside the file.
    await app.clickCounty('吉隆县');
    await page.getByRole('button', { name: '县域简报', exact: true }).click();
    await page.locator('.brief-pages[data-ready="true"]').waitFor({ timeout: 60_000 });
    await expect(page.locator('.brief-page').textContent()).resolves.toContain('吉隆口岸');
    expect(await page.locator('.brief-map > img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1488);
    expect(attempted).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('exports the handout PDF offline', async () => {
    const { page, attempted, errors } = await openSingleFile();
    // Three scenes are enough to show that every page is drawn from the file alone.
    await page.evaluate(() => {
      const s = window.__APP__!.store.getState();
      s.setAgenda(s.agenda.slice(0, 3));
    });
    await page.getByRole('button', { name: '导出', exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 240_000 }),
      page.getByRole('menuitem', { name: '导出讲义', exact: true }).click(),
    ]);
    const pdf = readPdf(new Uint8Array(readFileSync((await download.path())!)));
    expect(pdf.pages).toBe(3);
    expect(pdf.jpegs).toHaveLength(3);
    expect((await imageContent(page, pdf.jpegs[2]!, 'image/jpeg')).inked).toBeGreaterThan(0.3);
    expect(attempted).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('opens the presenter view from the file, and it drives the projector', async () => {
    const { page, app, attempted, errors } = await openSingleFile();
    await page.keyboard.press('F5');
    await app.waitForReady();
    const [presenter] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('button', { name: '演讲者视图' }).click(),
    ]);
    const current = presenter.getByRole('region', { name: '当前场景' }).getByRole('heading', { level: 2 });
    await expect.poll(() => current.textContent(), { timeout: 20_000 }).toBe('全域格局：一核两带一廊');
    await presenter.getByRole('button', { name: /下一场景/ }).click();
    await expect
      .poll(() => page.evaluate(() => window.__APP__!.store.getState().sceneIndex), { timeout: 10_000 })
      .toBe(1);
    await expect.poll(() => current.textContent()).toBe('年楚河高原经济高质量发展核心区');
    expect(attempted).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);
});
