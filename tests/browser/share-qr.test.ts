import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession } from './support/session';

const { openApp } = browserSession();
const JSQR = createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js');

/** What a phone's camera reads from the QR code on screen: the SVG drawn to pixels and decoded with jsQR. */
async function decodeShownQr(page: Page): Promise<string | null> {
  await page.addScriptTag({ path: JSQR });
  return page.evaluate(async () => {
    const svg = document.querySelector('.qr-code')!;
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await image.decode();
    const side = 600;
    const canvas = new OffscreenCanvas(side, side);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0, side, side);
    const pixels = ctx.getImageData(0, 0, side, side);
    const decode = (
      window as unknown as { jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null }
    ).jsQR;
    return decode(pixels.data, side, side)?.data ?? null;
  });
}

describe('the view as a QR code', () => {
  it('二维码 shows the current link as a code a phone reads, and it follows the view', async () => {
    const { page, app } = await openApp('#v=1&sel=county-540234');
    await page.getByRole('button', { name: '二维码', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '用手机扫码，打开此视图' });
    await dialog.waitFor();
    await expect(dialog.getByRole('img', { name: '二维码' }).isVisible()).resolves.toBe(true);
    expect(await decodeShownQr(page), page.url()).toBe(page.url());
    // The view changes under the open code (a filter ticked by keyboard): the code follows.
    await page.evaluate(() => {
      const s = window.__APP__!.store.getState();
      s.setFilters({ ...s.filters, tiers: ['node'] });
    });
    await app.waitForReady();
    expect(page.url()).toContain('tiers:node');
    expect(await decodeShownQr(page)).toBe(page.url());
    await page.keyboard.press('Escape');
    await expect(dialog.count()).resolves.toBe(0);
    await page.context().close();
  });

  it('the presenter shows it over a scene; Esc closes the code and the presentation goes on', async () => {
    const { page } = await openApp('#v=1&scene=1&present=1');
    await page.getByRole('button', { name: '二维码', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '用手机扫码，打开此视图' });
    await dialog.waitFor();
    expect(await decodeShownQr(page)).toBe(page.url());
    await page.keyboard.press('Escape');
    await expect(dialog.count()).resolves.toBe(0);
    expect(await page.evaluate(() => window.__APP__!.store.getState().presenting)).toBe(true);
    await page.context().close();
  });

  it('the longest default scene’s link stays short enough for a code read across a room', async () => {
    // Cuts, not flights: the link is what is measured.
    const { page } = await openApp('', { reducedMotion: 'reduce' });
    const lengths: number[] = [];
    const count = await page.evaluate(() => window.__APP__!.store.getState().agenda.length);
    for (let i = 0; i < count; i++) {
      // The link is written once the step's updates are in (a microtask later).
      const href = await page.evaluate(async (index) => {
        window.__APP__!.store.getState().setScene(index);
        await new Promise((resolve) => setTimeout(resolve, 0));
        return window.location.href;
      }, i);
      expect(href).toContain(`scene=${i + 1}`);
      lengths.push(href.length);
    }
    const longest = Math.max(...lengths);
    console.log('scene link lengths', lengths.join(' '), 'longest', longest);
    // A version-6 code (41×41 modules, error correction M) holds 106 bytes: each module is large on a slide.
    const origin = new URL(page.url()).origin.length;
    expect(longest - origin).toBeLessThanOrEqual(60);
    await page.context().close();
  });
});
