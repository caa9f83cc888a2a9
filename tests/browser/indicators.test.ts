import { describe, expect, it } from 'vitest';
import { refusedViolations } from './support/axe';
import { artifactPath } from './support/browser';
import { browserSession } from './support/session';

const { openApp } = browserSession();

describe('the indicator panel (专栏1, 专栏2)', () => {
  it('opens from 指标 with the plan’s own figures, searches, cites its 专栏 in the reader, and leaves the map drawn', async () => {
    const { page, app, errors } = await openApp();
    await page.getByRole('button', { name: '指标', exact: true }).click();
    const panel = page.getByRole('region', { name: '指标', exact: true });
    const gdp = panel.getByRole('listitem', { name: '地区生产总值年均增速（%）' });
    const cell = (item: typeof gdp, key: string) => item.locator(`[data-cell="${key}"] dd`).textContent();
    await expect.poll(() => gdp.count(), { timeout: 10_000 }).toBe(1);
    expect(page.url()).toContain('ind=1');

    // 专栏2's first two rows, as the plan writes them (seed lines 897–911).
    await expect(cell(gdp, 'actual2020')).resolves.toBe('8');
    await expect(cell(gdp, 'expected2025')).resolves.toBe('保持在合理区间、各年度视情况提出,且增速不低于8%');
    await expect(gdp.locator('.attribute').textContent()).resolves.toBe('预期性');
    const urban = panel.getByRole('listitem', { name: '常住人口城镇化率（%）' });
    await expect(cell(urban, 'actual2020')).resolves.toBe('23.09');
    await expect(cell(urban, 'annualGrowth')).resolves.toBe('[5]“十四五”累计');
    await expect(urban.locator('.attribute').textContent()).resolves.toBe('预期性');
    // 专栏1 charts its 2020 target against the 2020 result, with the figures as its name.
    const grp = panel.getByRole('listitem', { name: '地区生产总值（亿元）' });
    await expect(grp.getByRole('img').getAttribute('aria-label')).resolves.toBe('2020目标 350，2020实际 322.78');

    expect(await refusedViolations(page)).toEqual([]);
    // The map beside the panel is still drawn: every county rendered, most of the canvas painted.
    await app.waitForReady();
    expect(await app.renderedValues('county-fill', 'name')).toHaveLength(18);
    expect(await app.paintedShare()).toBeGreaterThan(0.3);
    await page.screenshot({ path: artifactPath('indicators-panel.png') });

    const search = panel.getByRole('searchbox', { name: '搜索指标' });
    await search.fill('城镇化率');
    await expect.poll(() => panel.getByRole('listitem').count()).toBe(2);
    await expect(panel.getByRole('status').textContent()).resolves.toBe('显示 2 / 56 项指标');

    // In English the names are searched in English, and every Chinese quote is marked as such.
    await page.getByRole('button', { name: 'English', exact: true }).click();
    const panelEn = page.getByRole('region', { name: 'Indicators', exact: true });
    await panelEn.getByRole('searchbox', { name: 'Search indicators' }).fill('life expectancy');
    await expect.poll(() => panelEn.getByRole('listitem').count()).toBe(1);
    await expect(panelEn.locator('.indicator-en').textContent()).resolves.toBe('Life expectancy (years)');
    await panelEn.getByRole('searchbox', { name: 'Search indicators' }).fill('');
    expect(await app.unmarkedChinese()).toEqual([]);
    await page.getByRole('button', { name: '中文', exact: true }).click();

    // The citation opens the reader at 专栏2, in its chapter, and the link says so.
    await panel.getByRole('button', { name: '在规划原文中查看专栏2' }).click();
    const column = page.getByRole('region', { name: '专栏2 “十四五”时期主要发展指标' });
    await expect.poll(() => column.count(), { timeout: 10_000 }).toBe(1);
    await expect(column.getAttribute('class')).resolves.toContain('current');
    expect(page.url()).toContain('read=col02');
    expect(page.url()).not.toContain('ind=1');
    // Back returns to the panel, as a link to it would open it.
    await page.goBack();
    await expect.poll(() => page.getByRole('region', { name: '指标', exact: true }).count()).toBe(1);

    // On a phone the panel takes the screen, behind 菜单 like the reader, and × gives the map back.
    await page.setViewportSize({ width: 390, height: 844 });
    const box = await page.getByRole('complementary', { name: '指标', exact: true }).boundingBox();
    expect(box).toEqual({ x: 0, y: 0, width: 390, height: 844 });
    await page.screenshot({ path: artifactPath('indicators-phone.png') });
    await page.getByRole('region', { name: '指标', exact: true }).getByRole('button', { name: '关闭' }).click();
    await page.getByRole('button', { name: '菜单', exact: true }).click();
    await expect(page.getByRole('button', { name: '指标', exact: true }).getAttribute('aria-pressed')).resolves.toBe(
      'false',
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
