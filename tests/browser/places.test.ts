import { describe, expect, it } from 'vitest';
import { artifactPath } from './support/browser';
import { browserSession } from './support/session';

const { openApp } = browserSession();

describe('the town system on the overview map', () => {
  it('renders all 46 towns in their four tiers, with the ports and parks', async () => {
    const { page, app, errors } = await openApp();
    const towns = await app.renderedValues('town-circle', 'id');
    expect(towns).toHaveLength(46);
    expect(await app.renderedValues('town-circle', 'tier')).toEqual([
      'central-city',
      'key-node',
      'key-township',
      'node',
    ]);
    expect(await app.renderedValues('port-icon', 'id')).toHaveLength(15);
    expect(await app.renderedValues('park-icon', 'id')).toHaveLength(12);
    expect(await app.renderedValues('route-line', 'name')).toEqual(
      ['发现之旅', '珠峰之旅', '红河谷之旅', '跨境旅游环线', '雅江源之旅'].sort(),
    );
    await page.screenshot({ path: artifactPath('places-overview.png') });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('writes the names of the central city and every key node town at the overview zoom', async () => {
    const { page, app } = await openApp();
    const labelled = [
      ...(await app.renderedValues('town-label-central-city', 'name')),
      ...(await app.renderedValues('town-label-key-node', 'name')),
    ];
    for (const name of ['桑珠孜区', '江孜镇', '曲下镇', '协格尔镇', '吉隆镇', '下司马镇'])
      expect(labelled).toContain(name);
    await page.context().close();
  });
});

describe('the layer control', () => {
  it('shows each group with counts, and its eye button takes a whole layer off the map', async () => {
    const { page, app } = await openApp();
    await expect
      .poll(() => page.getByRole('checkbox', { name: '节点乡镇', exact: true }).count(), { timeout: 10_000 })
      .toBe(1);
    const towns = page.getByRole('button', { name: '显示图层：城镇体系' });
    await expect(towns.getAttribute('aria-pressed')).resolves.toBe('true');
    await towns.click();
    await app.waitForReady();
    expect(await app.renderedValues('town-circle', 'id')).toHaveLength(0);
    await towns.click();
    await app.waitForReady();
    expect(await app.renderedValues('town-circle', 'id')).toHaveLength(46);
    await page.context().close();
  });

  it('keeps what is switched off in the link, and a reopened link restores it', async () => {
    const { page, app } = await openApp();
    await page.getByRole('button', { name: '显示图层：园区' }).click();
    await app.waitForReady();
    const link = page.url();
    expect(link).toContain('hide=layer:parks');
    await page.context().close();

    const { page: again, app: reopened } = await openApp(`#${link.split('#')[1]}`);
    await expect(again.getByRole('button', { name: '显示图层：园区' }).getAttribute('aria-pressed')).resolves.toBe(
      'false',
    );
    expect(await reopened.renderedValues('park-icon', 'id')).toHaveLength(0);
    await again.context().close();
  });

  it('hides the corridor band and axes with its eye button', async () => {
    const { page, app } = await openApp();
    await page.getByRole('button', { name: '显示图层：合作走廊带（示意）' }).click();
    await app.waitForReady();
    expect(await app.renderedValues('zone-line', 'id', 'corridor-axis')).toHaveLength(0);
    expect(await app.renderedValues('zone-fill', 'id')).toEqual(['border-belt', 'core', 'eco-belt']);
    // The split of 仲巴县 and 萨嘎县 has no eye button: it stays.
    expect(await app.renderedValues('zone-line', 'kind', 'split-line')).toEqual(['split-line']);
    await page.context().close();
  });
});

describe('a town, a port and a park', () => {
  it('clicking 吉隆镇 on the map opens its panel: its tier and its role in the plan', async () => {
    const { page, app } = await openApp();
    await app.clickFeature('towns', 'town-540234101');
    const panel = page.getByRole('article');
    await expect(panel.getByRole('heading', { level: 2 }).textContent()).resolves.toMatch(/^吉隆镇/);
    await expect.poll(() => panel.getByText('重要节点城镇').count(), { timeout: 10_000 }).toBe(1);
    await expect
      .poll(() => panel.getByText('“市域西南部副中心城镇和对外开放合作重镇”').count(), { timeout: 10_000 })
      .toBe(1);
    await page.context().close();
  });

  it("opens a port from a link and shows its status and the plan's words", async () => {
    const { page } = await openApp('#v=1&sel=port-rongxia');
    const panel = page.getByRole('article');
    await expect(panel.getByRole('heading', { level: 2 }).textContent()).resolves.toMatch(/^绒辖口岸/);
    await expect.poll(() => panel.getByText('研究论证').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => panel.getByText(/深入研究/).count(), { timeout: 10_000 }).toBe(1);
    await page.context().close();
  });

  it('offers the other features that share a clicked point', async () => {
    const { page, app } = await openApp();
    // Four places of the plan share the anchor at 日喀则 railway station.
    await app.clickFeature('ports', 'port-shigatse-rail');
    const others = page.getByRole('navigation', { name: '此处还有' });
    await expect.poll(() => others.getByRole('button').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    await others.getByRole('button', { name: '日喀则保税物流园区' }).click();
    await expect(page.getByRole('article').getByRole('heading', { level: 2 }).textContent()).resolves.toMatch(
      /^日喀则保税物流园区/,
    );
    await page.context().close();
  });

  it('flags an approximate position in the panel', async () => {
    const { page } = await openApp('#v=1&sel=town-540234203');
    await expect(
      page
        .getByRole('article')
        .getByText(/位置为近似/)
        .count(),
    ).resolves.toBe(1);
    await page.context().close();
  });
});
