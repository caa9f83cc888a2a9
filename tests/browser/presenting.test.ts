import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AppDriver } from './support/app-driver';
import { artifactPath } from './support/browser';
import { browserSession } from './support/session';

const { openApp } = browserSession();

const sceneIndex = (page: Page) => page.evaluate(() => window.__APP__!.store.getState().sceneIndex);
const heading = (page: Page) => page.getByRole('region', { name: '当前场景' }).getByRole('heading').textContent();

/** The town ids the map draws now (the filter dims the others): what the audience sees change between scenes. */
const drawnTowns = async (app: AppDriver) => (await app.renderedValues('town-circle', 'id')).join(',');

async function press(page: Page, app: AppDriver, key: string) {
  await page.keyboard.press(key);
  await app.waitForReady();
}

describe('presenting on a projector', () => {
  it('hides the header and panels, and the map fills the 1920×1080 screen', async () => {
    const { page, app } = await openApp();
    await page.getByRole('button', { name: '会议模式' }).click();
    await page.getByRole('button', { name: /开始演示/ }).click();
    await app.waitForReady();
    await expect(heading(page)).resolves.toBe('全域格局：一核两带一廊');
    for (const hidden of [page.locator('header.app-header'), page.locator('aside.layer-panel')]) {
      await expect(hidden.isVisible()).resolves.toBe(false);
    }
    await expect(page.getByRole('button', { name: '复制链接' }).isVisible()).resolves.toBe(false);
    // The canvas itself, not only its element, is the size of the screen.
    const canvas = await page.evaluate(() => {
      const c = window.__APP__!.map.getCanvas();
      return { css: c.getBoundingClientRect().toJSON() as DOMRect, width: c.width, height: c.height };
    });
    expect(canvas).toMatchObject({ width: 1920, height: 1080, css: { x: 0, y: 0, width: 1920, height: 1080 } });
    const progress = page.getByRole('progressbar', { name: '演示进度' });
    await expect(progress.getAttribute('aria-valuetext')).resolves.toBe('1 / 10');
    await page.screenshot({ path: artifactPath('presenting-full.png') });
    await page.getByRole('region', { name: '当前场景' }).screenshot({ path: artifactPath('presenting-caption.png') });

    await press(page, app, 'Escape');
    await expect(page.locator('header.app-header').isVisible()).resolves.toBe(true);
    await expect(page.locator('aside.layer-panel').isVisible()).resolves.toBe(true);
    expect(page.url()).not.toContain('present=1');
    await page.context().close();
  });

  it('answers every key a clicker sends', async () => {
    // Cuts instead of flights: the keys are tested here, the flights in scenes.test.ts.
    const { page, app } = await openApp('', { reducedMotion: 'reduce' });
    // F5 starts from scene 1 (and does not reload the page).
    await page.evaluate(() => {
      (window as unknown as { marker: number }).marker = 1;
    });
    await press(page, app, 'F5');
    await expect(heading(page)).resolves.toBe('全域格局：一核两带一廊');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    const steps: [string, number][] = [
      ['PageDown', 1],
      ['Space', 2],
      ['ArrowRight', 3],
      ['PageUp', 2],
      ['ArrowLeft', 1],
      ['End', 9],
      ['Home', 0],
      ['7', 6],
    ];
    for (const [key, expected] of steps) {
      await press(page, app, key);
      expect([key, await sceneIndex(page)]).toEqual([key, expected]);
    }
    // Blanking with B and with ".", both toggles; the scene stays.
    const blank = page.locator('.blank-screen');
    for (const key of ['b', '.']) {
      await page.keyboard.press(key);
      await expect.poll(() => blank.isVisible(), { timeout: 5000 }).toBe(true);
      await page.keyboard.press(key);
      await expect.poll(() => blank.count(), { timeout: 5000 }).toBe(0);
    }
    expect(await sceneIndex(page)).toBe(6);
    await press(page, app, 'Escape');
    await expect.poll(() => page.evaluate(() => window.__APP__!.store.getState().presenting)).toBe(false);
    // Shift+F5 starts again from the current scene.
    await press(page, app, 'ArrowLeft'); // outside a presentation, ← is the county keys' own
    await press(page, app, 'Shift+F5');
    await expect(heading(page)).resolves.toBe('口岸');
    await page.context().close();
  }, 180_000);

  it('hides the pointer over the map when it rests', async () => {
    const { page, app } = await openApp('#v=1&scene=2&present=1');
    await page.mouse.move(900, 500);
    const cursor = () => page.evaluate(() => getComputedStyle(window.__APP__!.map.getCanvas()).cursor);
    expect(await cursor()).not.toBe('none');
    await expect.poll(cursor, { timeout: 6000 }).toBe('none');
    await page.mouse.move(950, 520);
    expect(await cursor()).not.toBe('none');
    await app.waitForReady();
    await page.context().close();
  });
});

describe('the presenter view', () => {
  it('opens in a second window, drives the projector, and closing it changes nothing for the audience', async () => {
    const { page, app } = await openApp('#v=1&scene=1&present=1');
    await page.evaluate(() => {
      const s = window.__APP__!.store.getState();
      s.setAgenda(s.agenda.map((scene, i) => (i === 1 ? { ...scene, notes: '先讲桑珠孜区的中心地位。' } : scene)));
    });
    const before = await drawnTowns(app);
    const [presenter] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('button', { name: '演讲者视图' }).click(),
    ]);
    await presenter.getByRole('region', { name: '当前场景' }).getByRole('heading', { level: 2 }).waitFor();
    await expect(
      presenter.getByRole('region', { name: '当前场景' }).getByRole('heading', { level: 2 }).textContent(),
    ).resolves.toBe('全域格局：一核两带一廊');
    const next = presenter.getByRole('region', { name: '下一场景' });
    await expect(next.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('年楚河高原经济高质量发展核心区');
    await expect(next.textContent()).resolves.toContain('先讲桑珠孜区的中心地位。');
    await expect(presenter.locator('time').textContent()).resolves.toMatch(/^\d\d:\d\d$/);

    // Stepping from the presenter view moves the projector: its scene and its map.
    await presenter.getByRole('button', { name: /下一场景/ }).click();
    await expect.poll(() => sceneIndex(page), { timeout: 10_000 }).toBe(1);
    await app.waitForReady();
    await expect(heading(page)).resolves.toBe('年楚河高原经济高质量发展核心区');
    const after = await drawnTowns(app);
    expect(after).not.toBe(before);
    // …and the clicker's key pressed in the presenter view too.
    await presenter.keyboard.press('PageDown');
    await expect.poll(() => sceneIndex(page), { timeout: 10_000 }).toBe(2);
    // Stepping in the projector updates the presenter view.
    await page.bringToFront();
    await press(page, app, 'ArrowLeft');
    await expect
      .poll(() => presenter.getByRole('region', { name: '当前场景' }).getByRole('heading', { level: 2 }).textContent())
      .toBe('年楚河高原经济高质量发展核心区');
    await expect(presenter.getByRole('region', { name: '当前场景' }).textContent()).resolves.toContain(
      '先讲桑珠孜区的中心地位。',
    );
    await presenter.screenshot({ path: artifactPath('presenter-view.png') });

    const shown = { url: page.url(), towns: await drawnTowns(app), heading: await heading(page) };
    await presenter.close();
    await page.waitForTimeout(500);
    await app.waitForReady();
    expect({ url: page.url(), towns: await drawnTowns(app), heading: await heading(page) }).toEqual(shown);
    expect(await page.evaluate(() => window.__APP__!.store.getState().presenting)).toBe(true);
    await page.context().close();
    // Two windows, each drawing its own map.
  }, 150_000);

  it('notes are edited in the agenda and kept with it', async () => {
    const { page } = await openApp();
    await page.getByRole('button', { name: '会议模式' }).click();
    const agenda = page.getByRole('region', { name: '会议议程' });
    await agenda.locator('ol.scenes > li').nth(4).getByText('演讲备注').click();
    await agenda.getByLabel('演讲备注：面向南亚开发开放合作走廊').fill('强调吉隆口岸。');
    await page.reload();
    await page.getByRole('button', { name: '会议模式' }).click();
    await page.getByRole('region', { name: '会议议程' }).locator('ol.scenes > li').nth(4).getByText('演讲备注').click();
    await expect(
      page.getByRole('region', { name: '会议议程' }).getByLabel('演讲备注：面向南亚开发开放合作走廊').inputValue(),
    ).resolves.toBe('强调吉隆口岸。');
    await page.context().close();
  });
});
