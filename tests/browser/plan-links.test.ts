import { describe, expect, it } from 'vitest';
import { artifactPath } from './support/browser';
import { browserSession } from './support/session';

const { openApp } = browserSession();

describe('feature → plan text', () => {
  it('selecting 吉隆镇 shows the passage naming it 市域西南部副中心城镇, and its projects', async () => {
    const { page, app } = await openApp();
    await app.clickFeature('towns', 'town-540234101');
    const passages = page.getByRole('region', { name: '规划中的论述' });
    const defining = passages.locator('blockquote').filter({ hasText: '吉隆镇建成市域西南部副中心城镇' });
    await expect(defining.first().textContent()).resolves.toContain('第二篇 › 第五章 › 第一节');
    await expect(defining.first().locator('mark').first().textContent()).resolves.toBe('吉隆镇');
    await expect.poll(() => passages.getByRole('heading', { name: /重点项目/ }).count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => passages.locator('.projects li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.screenshot({ path: artifactPath('town-passages.png') });
    await page.context().close();
  });

  it('lists what lies in a county, with counts', async () => {
    const { page } = await openApp('#v=1&sel=county-540234');
    const contents = page.getByRole('region', { name: '县域内' });
    await expect.poll(() => contents.getByRole('button', { name: '吉隆镇' }).count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => contents.getByRole('button', { name: '吉隆口岸' }).count(), { timeout: 10_000 }).toBe(1);
    await page.context().close();
  });
});

describe('plan text → map', () => {
  it('clicking a place name in the reader selects it on the map', async () => {
    const { page, app } = await openApp('#v=1&read=c03.s1.p4');
    const reader = page.getByRole('region', { name: '规划原文' });
    await reader.getByRole('button', { name: '吉隆口岸', exact: true }).first().click();
    await app.waitForReady();
    expect(page.url()).toContain('sel=port-gyirong');
    const selected = await page.evaluate(
      () => window.__APP__!.map.getFeatureState({ source: 'ports', id: 'port-gyirong' }).selected,
    );
    expect(selected).toBe(true);
    await page.context().close();
  });

  it('choosing a paragraph lights up every place it names', async () => {
    const { page, app } = await openApp('#v=1&read=toc');
    const reader = page.getByRole('region', { name: '规划原文' });
    await reader.getByRole('button', { name: '第三章 优化区域空间格局' }).click();
    const paragraph = reader.locator('.reader-paragraph', { hasText: '喜马拉雅中段强边建设带。涵盖' });
    await paragraph.click();
    await app.waitForReady();
    // The place links of that paragraph, as the reader shows them, and the features lit on the map.
    const names = await paragraph.locator('button.place-link').allTextContents();
    const { linked, lit, litNames } = await page.evaluate(() => {
      const { map, store } = window.__APP__!;
      const s = store.getState();
      const spans = s.planIndex!.links.spans[s.readerParagraph!] ?? [];
      const litEntries = [...s.data!.byId.entries()].filter(
        ([id, { source }]) => map.getFeatureState({ source, id }).mentioned === true,
      );
      return {
        linked: [...new Set(spans.map((m) => m.feature))].sort(),
        lit: litEntries.map(([id]) => id).sort(),
        litNames: [...new Set(litEntries.map(([, { props }]) => props.name))].sort(),
      };
    });
    expect(linked).toEqual(
      expect.arrayContaining(['county-540234', 'county-540235', 'county-540233', 'county-540230']),
    );
    expect(lit).toEqual(linked);
    expect(litNames).toEqual([...new Set(names)].sort());
    expect(page.url()).toMatch(/read=c03\.s1\.p\d/);
    await page.screenshot({ path: artifactPath('reader-paragraph.png') });
    await page.context().close();
  });

  it('shows 专栏2 as a table', async () => {
    const { page } = await openApp('#v=1&read=toc');
    const reader = page.getByRole('region', { name: '规划原文' });
    await reader.getByRole('button', { name: '第二章 目标展望' }).click();
    const table = page.getByRole('region', { name: /专栏2/ }).getByRole('table');
    await expect.poll(() => table.getByRole('columnheader', { name: '指标属性' }).count(), { timeout: 10_000 }).toBe(1);
    await page.context().close();
  });
});
