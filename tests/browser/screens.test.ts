import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AppDriver } from './support/app-driver';
import { refusedViolations } from './support/axe';
import { artifactPath } from './support/browser';
import { browserSession } from './support/session';

const { openApp } = browserSession();
const DOCS = join(import.meta.dirname, '..', '..', 'docs');

/** The screens a planner meets: the phone a link is opened on, tablets, the meeting laptop, the projector. */
const SCREENS = [
  { name: 'phone', width: 390, height: 844, dpr: 3, touch: true },
  { name: 'tablet', width: 768, height: 1024, dpr: 1, touch: true },
  { name: 'tablet-landscape', width: 1024, height: 768, dpr: 1, touch: false },
  { name: 'laptop', width: 1366, height: 768, dpr: 1, touch: false },
  { name: 'projector', width: 1920, height: 1080, dpr: 1, touch: false },
] as const;

const JILONG_TOWN = 'town-540234101';
const DAMUXIA = 'town-540227200';
const NODE_TOWNSHIPS = 16;

/** The share of the viewport where the map is seen: its canvas on screen, less what a sheet covers. */
async function visibleMapShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const clip = (r: DOMRect) => ({
      w: Math.max(0, Math.min(r.right, vw) - Math.max(r.left, 0)),
      h: Math.max(0, Math.min(r.bottom, vh) - Math.max(r.top, 0)),
    });
    const map = document.querySelector('.maplibregl-canvas')!.getBoundingClientRect();
    const seen = clip(map);
    const sheet = document.querySelector('.bottom-sheet')?.getBoundingClientRect();
    const covered = sheet ? clip(sheet).h * seen.w : 0;
    return (seen.w * seen.h - covered) / (vw * vh);
  });
}

/** Makes a control visible as a user would: opening 菜单 or the sheet's tab it sits behind, then returns it. */
async function reach(page: Page, role: 'button' | 'checkbox' | 'combobox', name: string) {
  const target = page.getByRole(role, { name, exact: true });
  if (await target.isVisible()) return target;
  const menu = page.getByRole('button', { name: '菜单', exact: true });
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  return target;
}

/** The towns the map draws (not made transparent by the filter). */
async function drawnTowns(app: AppDriver): Promise<number> {
  return (await app.renderedValues('town-circle', 'id')).length;
}

/** Where the bottom sheet's details or the drawer show a heading: the name of what is selected. */
async function detailsHeading(page: Page): Promise<string> {
  const panel = page.locator('.sheet-body, #details-drawer').first();
  return (await panel.getByRole('heading', { level: 2 }).first().textContent()) ?? '';
}

describe('every screen', () => {
  for (const screen of SCREENS) {
    it(`${screen.name} ${screen.width}×${screen.height}${screen.touch ? ', touch' : ''}: the map first, nothing cut off, every function reachable`, async () => {
      const { page, app, errors } = await openApp('#v=1&sel=county-540234', {
        viewport: { width: screen.width, height: screen.height },
        deviceScaleFactor: screen.dpr,
        hasTouch: screen.touch,
        isMobile: screen.name === 'phone',
      });
      expect(await visibleMapShare(page)).toBeGreaterThanOrEqual(0.6);
      const overflow = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        body: document.body.scrollWidth - document.body.clientWidth,
      }));
      expect(overflow).toEqual({ page: 0, body: 0 });
      // A link's selection is on screen from the start (on a phone, in the sheet's strip).
      expect(await detailsHeading(page)).toMatch(/^吉隆县/);
      const shot = artifactPath(`screen-${screen.name}.png`);
      await page.screenshot({ path: shot });
      if (process.env.UPDATE_SCREENSHOTS && screen.name === 'laptop')
        copyFileSync(shot, join(DOCS, 'screen-laptop.png'));

      // Search keeps a usable width on every screen.
      const search = page.getByRole('combobox', { name: '搜索地名、项目与规划原文' });
      expect((await search.boundingBox())!.width).toBeGreaterThanOrEqual(screen.name === 'phone' ? 120 : 240);
      // Every action is one tap or click away at most (behind 菜单 below the wide layout).
      for (const name of [
        '复制链接',
        '二维码',
        '会议模式',
        '导入数据',
        '导出',
        '底图',
        '对比分析',
        '规划原文',
        '指标',
        '图文一致性检查',
      ]) {
        await expect((await reach(page, 'button', name)).isVisible(), name).resolves.toBe(true);
      }
      await page.keyboard.press('Escape');
      // The filter and the list: behind 图例与筛选 and 详情 (fold buttons, or the sheet's tabs).
      const legend = page.getByRole('button', { name: '图例与筛选', exact: true });
      const details = page.getByRole('button', { name: '详情', exact: true });
      await expect(legend.isVisible()).resolves.toBe(true);
      await expect(details.isVisible()).resolves.toBe(true);

      if (screen.touch) {
        // A finger's tap on 吉隆镇 opens its details.
        const town = await app.featurePoint('towns', JILONG_TOWN);
        await page.touchscreen.tap(town.x, town.y);
        await expect.poll(() => detailsHeading(page), { timeout: 10_000 }).toMatch(/^吉隆镇/);
        if (screen.name === 'phone') {
          const sheet = page.getByRole('region', { name: '图例、列表与详情' });
          await expect(sheet.getAttribute('data-position')).resolves.toBe('half');
          const shot = artifactPath('screen-phone-town.png');
          await page.screenshot({ path: shot });
          if (process.env.UPDATE_SCREENSHOTS) copyFileSync(shot, join(DOCS, 'screen-phone.png'));
        }
        // Then ticking 节点乡镇 in the sheet or drawer: the map keeps only the 16 node townships.
        if (
          (await legend.getAttribute('aria-expanded')) === 'false' ||
          (await legend.getAttribute('aria-pressed')) === 'false'
        ) {
          await legend.click();
        }
        await page.getByRole('checkbox', { name: '节点乡镇', exact: true }).check();
        await app.waitForReady();
        await expect.poll(() => drawnTowns(app), { timeout: 10_000 }).toBe(NODE_TOWNSHIPS);
      }
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('a tap 12 px beside a 重点乡镇 dot still selects it (a 32 px touch target), and the sheet passes axe at phone size', async () => {
    const { page, app } = await openApp('#v=1', {
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 3,
      hasTouch: true,
      isMobile: true,
    });
    const dot = await app.featurePoint('towns', DAMUXIA);
    await page.touchscreen.tap(dot.x + 12, dot.y);
    await expect.poll(() => detailsHeading(page), { timeout: 10_000 }).toMatch(/^达木夏乡/);
    // The sheet pulled up to full by its handle, then the reader full screen: both pass axe.
    const handle = page.getByRole('button', { name: /^调整面板高度/ });
    await handle.click();
    await expect(page.getByRole('region', { name: '图例、列表与详情' }).getAttribute('data-position')).resolves.toBe(
      'full',
    );
    expect(await refusedViolations(page)).toEqual([]);
    await (await reach(page, 'button', '规划原文')).click();
    const reader = page.getByRole('complementary', { name: '规划原文' });
    await expect.poll(() => reader.boundingBox().then((b) => b && [b.width, b.height])).toEqual([390, 844]);
    expect(await refusedViolations(page)).toEqual([]);
    await page.screenshot({ path: artifactPath('screen-phone-reader.png') });
    await page.context().close();
  });
});
