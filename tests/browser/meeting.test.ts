import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { artifactPath } from './support/browser';
import { browserSession } from './support/session';

const { openApp } = browserSession();

describe('meeting mode', () => {
  it('enters from the agenda, steps with → and the keyboard, and leaves with Esc', async () => {
    // Cuts instead of flights: the steps are tested here, the flights in scenes.test.ts.
    const { page, app } = await openApp('', { reducedMotion: 'reduce' });
    await page.getByRole('button', { name: '会议模式' }).click();
    await page.getByRole('button', { name: /开始演示/ }).click();
    await app.waitForReady();
    const caption = page.getByRole('region', { name: '当前场景' });
    await expect(caption.getByRole('heading').textContent()).resolves.toBe('全域格局：一核两带一廊');
    expect(page.url()).toContain('scene=1');

    await page.keyboard.press('ArrowRight');
    await app.waitForReady();
    await expect(caption.getByRole('heading').textContent()).resolves.toBe('年楚河高原经济高质量发展核心区');
    expect(page.url()).toContain('scene=2');
    // The scene's spotlight: only the places of the core remain on the map.
    const zones = await app.renderedValues('town-circle', 'zones');
    expect(zones.length).toBeGreaterThan(0);
    expect(zones.every((z) => z.includes('core'))).toBe(true);

    await page.keyboard.press('End');
    await expect(caption.getByRole('heading').textContent()).resolves.toBe('重大基础设施');
    await page.keyboard.press('4');
    await expect(caption.getByRole('heading').textContent()).resolves.toBe('喜马拉雅中段强边建设带');
    await page.keyboard.press('b');
    await expect.poll(() => page.locator('.blank-screen').count(), { timeout: 10_000 }).toBe(1);
    await page.keyboard.press('b');
    await page.screenshot({ path: artifactPath('meeting-scene.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => caption.count(), { timeout: 10_000 }).toBe(0);
    expect(page.url()).not.toContain('present=1');
    await page.context().close();
  }, 120_000);

  it('a link opens a given slide, and a click still opens a plan passage without losing the scene', async () => {
    const { page, app } = await openApp('#v=1&scene=4&present=1');
    const caption = page.getByRole('region', { name: '当前场景' });
    await expect(caption.getByRole('heading').textContent()).resolves.toBe('喜马拉雅中段强边建设带');
    await app.clickFeature('towns', 'town-540234101');
    await expect(page.getByRole('article').getByRole('heading', { level: 2 }).textContent()).resolves.toMatch(
      /^吉隆镇/,
    );
    await expect(
      page.getByRole('region', { name: '规划中的论述' }).locator('blockquote').first().textContent(),
    ).resolves.toContain('副中心');
    await expect(caption.getByRole('heading').textContent()).resolves.toBe('喜马拉雅中段强边建设带');
    expect(page.url()).toContain('scene=4');
    await page.context().close();
  });
});

describe('the agenda', () => {
  it('round-trips through export and import', async () => {
    const { page } = await openApp();
    await page.getByRole('button', { name: '会议模式' }).click();
    await page.getByRole('button', { name: '添加当前视图为场景' }).click();
    const scenes = page.getByRole('region', { name: '会议议程' }).locator('ol.scenes > li');
    await expect.poll(() => scenes.count(), { timeout: 10_000 }).toBe(11);
    const agenda = () => page.evaluate(() => window.__APP__!.store.getState().agenda);
    const exported = { listed: await scenes.allTextContents(), scenes: await agenda() };
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出议程' }).click(),
    ]);
    const path = await download.path();
    await page.getByRole('button', { name: /删除 场景 11/ }).click();
    await expect.poll(() => scenes.count(), { timeout: 10_000 }).toBe(10);
    await page.getByLabel('导入议程', { exact: true }).setInputFiles(path!);
    // Reading the file is asynchronous: wait for the message.
    await page.getByRole('alert').filter({ hasText: '已导入议程' }).waitFor();
    // The same scenes, in order: titles, captions, views, focus and the added one's camera.
    await expect.poll(() => scenes.allTextContents(), { timeout: 10_000 }).toEqual(exported.listed);
    expect(await agenda()).toEqual(exported.scenes);
    await page.context().close();
  });

  it('refuses a malformed agenda file with a message and keeps the current agenda', async () => {
    const { page } = await openApp();
    await page.getByRole('button', { name: '会议模式' }).click();
    const scenes = page.getByRole('region', { name: '会议议程' }).locator('ol.scenes > li');
    await scenes.first().waitFor();
    const before = await scenes.allTextContents();
    expect(before).toHaveLength(10);
    const bad = artifactPath('bad-agenda.json');
    writeFileSync(
      bad,
      JSON.stringify({
        format: 'shigatse-plan-agenda',
        version: 1,
        scenes: [{ title: 'x', title_en: 'x', caption: '', cite: '', view: '#map=999/0/0' }],
      }),
    );
    await page.getByLabel('导入议程', { exact: true }).setInputFiles(bad);
    // In Chinese, and naming the bad part of the view in words.
    await expect(page.getByRole('alert').filter({ hasText: '未导入' }).textContent()).resolves.toContain(
      '第 1 个场景：视图链接无效（地图视野）',
    );
    expect(await scenes.allTextContents()).toEqual(before);
    await page.context().close();
  });
});
