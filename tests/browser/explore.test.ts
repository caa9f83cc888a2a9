import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artifactPath } from './support/browser';
import { browserSession } from './support/session';

const { openApp } = browserSession();

/** Ids of the places of a source whose `zones` include a zone, from the loaded data. */
async function idsInZone(page: Page, source: 'towns' | 'ports' | 'parks', zone: string): Promise<string[]> {
  return page.evaluate(
    ([s, z]) =>
      window
        .__APP__!.store.getState()
        .data![s as 'towns'].features.filter((f) => f.properties.zones.includes(z as 'core'))
        .map((f) => f.properties.id)
        .sort(),
    [source, zone],
  );
}

describe('one filter, every layer', () => {
  it('ticking 喜马拉雅中段强边建设带 leaves exactly the towns, ports and parks of the border belt', async () => {
    const { page, app } = await openApp();
    await page.getByRole('checkbox', { name: '喜马拉雅中段强边建设带', exact: true }).check();
    await app.waitForReady();
    expect(await app.renderedValues('town-circle', 'id')).toEqual(await idsInZone(page, 'towns', 'border-belt'));
    expect(await app.renderedValues('port-icon', 'id')).toEqual(await idsInZone(page, 'ports', 'border-belt'));
    expect(await app.renderedValues('park-icon', 'id')).toEqual(await idsInZone(page, 'parks', 'border-belt'));
    expect(await app.renderedValues('town-circle', 'id')).toHaveLength(20);
    await page.screenshot({ path: artifactPath('filter-border-belt.png') });
    await page.context().close();
  });

  it('ticking 节点乡镇 alone leaves the 16 node towns, and the count beside it says so', async () => {
    const { page, app } = await openApp();
    const box = page.getByRole('checkbox', { name: '节点乡镇', exact: true });
    const count = await box.locator('xpath=..').locator('.layer-count').textContent();
    await box.check();
    await app.waitForReady();
    const rendered = await app.renderedValues('town-circle', 'id');
    expect(rendered).toHaveLength(16);
    expect(String(rendered.length)).toBe(count);
    expect(await app.renderedValues('town-circle', 'tier')).toEqual(['node']);
    expect(await app.renderedValues('port-icon', 'id')).toHaveLength(0);
    await page.getByRole('button', { name: '重置筛选' }).click();
    await app.waitForReady();
    expect(await app.renderedValues('town-circle', 'id')).toHaveLength(46);
    await page.context().close();
  });

  it('lists what passes the filter; hovering a row lights the feature on the map', async () => {
    const { page, app } = await openApp('#v=1&f=tiers:key-node');
    const list = page.getByRole('region', { name: /筛选结果/ });
    await expect.poll(() => list.getByRole('button', { name: '吉隆镇' }).count(), { timeout: 10_000 }).toBe(1);
    await list.getByRole('button', { name: '吉隆镇' }).hover();
    const hovered = await page.evaluate(
      () => window.__APP__!.map.getFeatureState({ source: 'towns', id: 'town-540234101' }).hover,
    );
    expect(hovered).toBe(true);
    await list.getByRole('button', { name: '吉隆镇' }).click();
    await app.waitForReady();
    expect(page.url()).toContain('sel=town-540234101');
    await page.context().close();
  });
});

describe('the county explorer', () => {
  it('frames a county, dims the rest, moves on with the arrow keys and goes back to the city', async () => {
    const { page, app } = await openApp();
    await app.clickCounty('定日县');
    await app.waitForReady();
    // Framed on 定日县: its neighbours in view are dimmed, it is not.
    const masked = await app.maskedCounties();
    expect(masked).toEqual(expect.arrayContaining(['county-540235', 'county-540231']));
    expect(masked).not.toContain('county-540223');
    await page.keyboard.press('ArrowRight');
    await app.waitForReady();
    expect(page.url()).toContain('sel=county-540224');
    await page.getByRole('navigation', { name: '位置' }).getByRole('button', { name: '全市' }).click();
    await app.waitForReady();
    expect(await app.maskedCounties()).toHaveLength(0);
    await page.context().close();
  });
});

describe('search', () => {
  it.each(['jilong', 'Kyirong'])(
    '"%s" finds 吉隆镇, 吉隆县 and 吉隆口岸 with their kinds; Enter selects exactly the first-ranked hit',
    async (q) => {
      const { page, app } = await openApp();
      const box = page.getByRole('combobox', { name: '搜索地名、项目与规划原文' });
      await box.fill(q);
      const results = page.getByRole('listbox', { name: '搜索结果' });
      const texts = await results.getByRole('option').allTextContents();
      expect(texts).toEqual(expect.arrayContaining(['县（区）吉隆县', '城镇吉隆镇', '口岸吉隆口岸']));
      const first = results.getByRole('option').first();
      await expect(first.getAttribute('aria-selected')).resolves.toBe('true');
      const [kind, name] = [
        await first.locator('.hit-kind').textContent(),
        await first.locator('.hit-name').textContent(),
      ];
      await box.press('Enter');
      await app.waitForReady();
      // Exactly the first-ranked hit: its name and kind, selected on the map and in the link.
      const KIND_ID = { '县（区）': 'county', 城镇: 'town', 口岸: 'port' } as Record<string, string>;
      const selected = await page.evaluate(() => {
        const { map, store } = window.__APP__!;
        const s = store.getState();
        const entry = s.data!.byId.get(s.selectedId!)!;
        const state = map.getFeatureState({ source: entry.source, id: s.selectedId! });
        return { id: s.selectedId!, name: entry.props.name, kind: entry.props.kind, drawn: state.selected === true };
      });
      expect(selected).toEqual({ id: selected.id, name, kind: KIND_ID[kind!], drawn: true });
      expect(page.url()).toContain(`sel=${selected.id}`);
      await page.context().close();
    },
  );
});

describe('shareable views', () => {
  it('a copied link reopened in a fresh page shows the same selection, filters and language', async () => {
    const { page, app } = await openApp();
    await page.getByRole('checkbox', { name: '喜马拉雅中段强边建设带', exact: true }).check();
    await page.getByRole('checkbox', { name: '节点乡镇', exact: true }).check();
    await app.clickFeature('towns', 'town-540234100');
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await app.waitForReady();
    const link = page.url();
    await page.context().close();

    const { page: fresh, app: again } = await openApp(`#${link.split('#')[1]}`);
    await expect(
      fresh.getByRole('checkbox', { name: 'Central Himalaya Border-Strengthening Belt', exact: true }).isChecked(),
    ).resolves.toBe(true);
    await expect(fresh.getByRole('checkbox', { name: 'Node townships', exact: true }).isChecked()).resolves.toBe(true);
    await expect(fresh.getByRole('article').getByRole('heading', { level: 2 }).textContent()).resolves.toMatch(
      /^Zongga Town/,
    );
    expect(await again.renderedValues('town-circle', 'id')).toHaveLength(7);
    expect(await again.renderedValues('area-label', 'name_en')).toContain('Gyirong County');
    await fresh.context().close();
  });

  it('back and forward step through selections', async () => {
    const { page, app } = await openApp();
    await app.clickCounty('吉隆县');
    await app.waitForReady();
    await app.clickCounty('聂拉木县');
    await app.waitForReady();
    await page.goBack();
    await app.waitForReady();
    expect(page.url()).toContain('sel=county-540234');
    await expect(page.getByRole('article').getByRole('heading', { level: 2 }).textContent()).resolves.toMatch(
      /^吉隆县/,
    );
    await page.context().close();
  });

  // What the page itself must handle (the codec's unit tests take every other malformed link):
  // ids that parse but name nothing once the data are in, and markup that must stay text.
  const MALFORMED = [
    '#map=NaN/NaN/NaN',
    '#sel=county-999999',
    '#sel=<img src=x onerror=alert(1)>',
    '#lang=<b>zh</b>',
    '#f=counties:county-000000',
    '#read=c99.s9.p9',
    '#%%%',
    '#v=1&map=6.5/29.1/86.9&sel=town-540234101&f=zones:core&lang=en&extra=<svg/onload=alert(1)>',
  ];
  it.each(MALFORMED.map((h) => [h.slice(0, 60), h]))('%s gives a notice and a working page', async (_, hash) => {
    const { page, app, errors } = await openApp(hash);
    await expect(page.getByRole('alert').first().textContent()).resolves.toMatch(/无效|invalid/);
    expect((await app.renderedValues('county-fill', 'id')).length).toBeGreaterThan(5);
    expect(errors).toEqual([]);
    const injected = await page.evaluate(() => document.querySelectorAll('img[src="x"], svg[onload], b').length);
    expect(injected).toBe(0);
    await page.context().close();
  });
});
