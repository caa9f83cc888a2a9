import { describe, expect, it } from 'vitest';
import { artifactPath } from './support/browser';
import { browserSession } from './support/session';

const { openApp } = browserSession();

/** The works the map draws (lines and points), by id. */
async function renderedWorks(app: Awaited<ReturnType<typeof openApp>>['app']): Promise<string[]> {
  return [...(await app.renderedValues('work-line', 'id')), ...(await app.renderedValues('work-icon', 'id'))].sort();
}

describe('the plan’s works on the map', () => {
  it('ticking 水利 leaves only the water works; ticking 吉隆县 leaves the works in 吉隆县', async () => {
    const { page, app, errors } = await openApp();
    const all = await renderedWorks(app);
    expect(all.length).toBeGreaterThan(15);
    expect(await app.renderedValues('work-line', 'kind')).toEqual(['pipeline', 'railway', 'road']);
    await page.screenshot({ path: artifactPath('works-overview.png') });

    await page.getByRole('checkbox', { name: '水利', exact: true }).check();
    await app.waitForReady();
    expect(await app.renderedValues('work-icon', 'sector')).toEqual(['water']);
    expect(await app.renderedValues('work-line', 'id')).toEqual([]);
    // Towns, ports and parks make way: the sector chooses works.
    expect(await app.renderedValues('town-circle', 'id')).toEqual([]);
    await page.getByRole('checkbox', { name: '水利', exact: true }).uncheck();

    await page.getByRole('checkbox', { name: '吉隆县', exact: true }).check();
    await app.waitForReady();
    const inGyirong = await page.evaluate(() =>
      window
        .__APP__!.store.getState()
        .data!.works.features.filter((f) => f.properties.placed && f.properties.counties.includes('county-540234'))
        .map((f) => f.properties.id)
        .sort(),
    );
    expect(inGyirong).toContain('rail-china-nepal-shigatse-gyirong');
    expect(await renderedWorks(app)).toEqual(inGyirong);

    // With 交通 too: the transport works of 吉隆县, the planned ones dashed and marked 示意 in the legend.
    await page.getByRole('checkbox', { name: '交通', exact: true }).check();
    await app.waitForReady();
    expect(await app.renderedValues('work-line', 'sector')).toEqual(['transport']);
    expect(await app.renderedValues('work-icon', 'id')).toEqual([]);
    await expect
      .poll(() => page.locator('.legend [data-class="work-kind:railway"] .schematic-tag').textContent())
      .toBe('示意');
    await page.screenshot({ path: artifactPath('works-gyirong-transport.png') });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('clicking 定日机场 on the map shows its passage with 加快建设、运营定日机场', async () => {
    const { page, app } = await openApp('#map=8.00/28.6500/87.1000');
    await app.clickFeature('works', 'airport-tingri');
    await expect.poll(() => page.evaluate(() => window.__APP__!.store.getState().selectedId)).toBe('airport-tingri');
    const panel = page.locator('.feature-panel');
    await expect.poll(() => panel.locator('#feature-title').textContent()).toContain('定日机场');
    await expect.poll(() => panel.textContent()).toContain('开工建设');
    const passages = page.locator('section.passages');
    await expect.poll(() => passages.textContent(), { timeout: 15_000 }).toContain('加快建设、运营定日机场');
    expect(page.url()).toContain('sel=airport-tingri');
    await page.screenshot({ path: artifactPath('works-tingri-airport.png') });
    await page.context().close();
  });
});
