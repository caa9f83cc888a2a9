import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { type PreviewServer, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppDriver } from './support/app-driver';
import { artifactPath, launchBrowser } from './support/browser';

const ROOT = join(import.meta.dirname, '..', '..');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * A server of its own for a copy of the production build, so that the test can
 * take it away or deploy again (service workers need http://127.0.0.1).
 */
async function serveBuild(outDir: string): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    root: ROOT,
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
    logLevel: 'error',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its URL');
  return { server, url };
}

/** Waits until the service worker is active, its precache complete (it activates only after installing). */
async function serviceWorkerActive(app: AppDriver): Promise<string> {
  return app.page.evaluate(async () => {
    const worker = (await navigator.serviceWorker.ready).active!;
    if (worker.state !== 'activated') {
      await new Promise<void>((resolve) =>
        worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()),
      );
    }
    return worker.state;
  });
}

let deployed: string;
beforeAll(() => {
  deployed = mkdtempSync(join(tmpdir(), 'deployed-'));
  cpSync(join(ROOT, 'dist'), deployed, { recursive: true });
});
afterAll(() => rmSync(deployed, { recursive: true, force: true }));

describe('offline after one visit', () => {
  it('the served build has a manifest with icons, and the single file has neither it nor a service worker', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'dist', 'manifest.webmanifest'), 'utf8')) as {
      icons: { src: string }[];
    };
    for (const icon of manifest.icons) expect(existsSync(join(ROOT, 'dist', icon.src))).toBe(true);
    expect(readFileSync(join(ROOT, 'dist', 'index.html'), 'utf8')).toContain('rel="manifest"');
    const single = readFileSync(join(ROOT, 'dist-single', 'index.html'), 'utf8');
    expect(single).not.toContain('rel="manifest"');
    expect(single).not.toContain('sw.js');
    expect(existsSync(join(ROOT, 'dist-single', 'sw.js'))).toBe(false);
  });

  it('opens again with the server gone and the network off: a ready map of all 18 counties', async () => {
    const { server, url } = await serveBuild(deployed);
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const app = new AppDriver(page, url);
    try {
      await app.open();
      expect(await serviceWorkerActive(app)).toBe('activated');
    } finally {
      await server.close();
    }
    await context.setOffline(true);
    // Nothing answers on that port any more: whatever loads now comes from the service worker.
    expect(
      await page.evaluate(
        (at) =>
          fetch(`${at}?probe`, { cache: 'no-store' }).then(
            () => 'answered',
            () => 'failed',
          ),
        url,
      ),
    ).toBe('failed');
    await page.reload();
    await app.waitForReady();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect((await app.renderedValues('county-fill', 'name')).length).toBe(18);
    expect(await app.renderedValues('physical-line', 'name', 'river')).toContain('雅鲁藏布江');
    expect(await app.paintedShare()).toBeGreaterThan(0.3);
    // The plan text (fetched after the map is up) is there too: a county's panel quotes it.
    await app.clickCounty('吉隆县');
    await expect
      .poll(() => page.locator('.side-panel').textContent(), { timeout: 20_000 })
      .toContain('喜马拉雅中段强边建设带');
    await page.screenshot({ path: artifactPath('offline-after-one-visit.png') });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a new deployment is picked up: a notice offers it, and it starts on reload', async () => {
    const { server, url } = await serveBuild(deployed);
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const app = new AppDriver(page, url);
    try {
      await app.open();
      await serviceWorkerActive(app);
      await page.reload();
      await app.waitForReady();
      // No notice for the first installation.
      await expect.poll(() => page.getByRole('status').filter({ hasText: '新版本' }).count()).toBe(0);
      // The next deployment: the same app with a changed service worker (as a rebuild changes its precache list).
      appendFileSync(join(deployed, 'sw.js'), '\n// next deployment\n');
      await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
      const notice = page.getByRole('status').filter({ hasText: '新版本已下载' });
      await notice.waitFor({ timeout: 30_000 });
      await page.screenshot({ path: artifactPath('offline-update-notice.png') });
      const reloaded = page.waitForEvent('load');
      await notice.getByRole('button', { name: '立即更新' }).click();
      await reloaded;
      await app.waitForReady();
      expect(await page.getByRole('status').filter({ hasText: '新版本' }).count()).toBe(0);
    } finally {
      await context.close();
      await server.close();
    }
  });
});
