import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compositionLayout } from '../../src/export/composition-layout';
import { EMPTY_FILTERS } from '../../src/filter/filter-model';
import { legendSections } from '../../src/symbology/legend';
import { sectorOf } from '../../src/symbology/work-classes';
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

  it('the 重大基础设施 scene shows the railways and airports, with the plan’s words as its caption', async () => {
    const { page, app } = await openApp('#v=1&scene=10&present=1', { reducedMotion: 'reduce' });
    const caption = page.getByRole('region', { name: '当前场景' });
    await expect.poll(() => caption.getByRole('heading').textContent()).toBe('重大基础设施');
    expect(await caption.textContent()).toContain('现代化立体交通网络');
    await app.waitForReady();
    expect(await app.renderedValues('work-line', 'kind')).toEqual(expect.arrayContaining(['railway', 'road']));
    expect(await app.renderedValues('work-icon', 'kind')).toEqual(['airport']);
    expect(await app.renderedValues('work-line', 'sector')).toEqual(['transport']);
    await page.screenshot({ path: artifactPath('works-scene-infrastructure.png') });
    await page.context().close();
  });

  it('a PNG export draws the transport works on the map and in its legend', async () => {
    const { page } = await openApp('#v=1&f=workSector:transport');
    const map = await page.evaluate(() => {
      const box = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
      return { width: Math.round(box.width), height: Math.round(box.height) };
    });
    const sections = legendSections({
      lang: 'zh',
      hidden: [],
      filters: { ...EMPTY_FILTERS, workSector: ['transport'] },
    });
    expect(sections.map((s) => s.id)).toContain('works');
    const layout = compositionLayout(map.width, map.height, sections.length);
    await page.getByRole('button', { name: '导出', exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'PNG（屏幕分辨率）', exact: true }).click(),
    ]);
    const path = artifactPath('works-export.png');
    await download.saveAs(path);
    const road = sectorOf('transport').colour;
    const counts = await page.evaluate(
      async ({ base64, layout, hex }) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = document.createElement('canvas');
        canvas.width = bitmap.width;
        canvas.height = bitmap.height;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        const colour = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
        const count = (r: { x: number; y: number; width: number; height: number }) => {
          const data = ctx.getImageData(r.x, r.y, r.width, r.height).data;
          let n = 0;
          for (let i = 0; i < data.length; i += 4)
            if (
              Math.abs(data[i]! - colour[0]!) +
                Math.abs(data[i + 1]! - colour[1]!) +
                Math.abs(data[i + 2]! - colour[2]!) <
              40
            )
              n += 1;
          return n;
        };
        return { map: count(layout.map), legend: count(layout.legend) };
      },
      { base64: readFileSync(path).toString('base64'), layout, hex: road },
    );
    // The roads on the map, and the road and airport swatches in the legend, in the transport colour.
    expect(counts.map).toBeGreaterThan(300);
    expect(counts.legend).toBeGreaterThan(40);
    await page.context().close();
  });

  it('吉隆县’s panel lists its works with their progress; the 重点项目 list selects a work on the map', async () => {
    const { page, app } = await openApp('#v=1&sel=county-540234');
    const contents = page.locator('.county-contents');
    await expect.poll(() => contents.textContent()).toContain('中尼铁路日喀则至吉隆段（前期工作）');
    // The tunnel has no published position: listed, and said to be off the map.
    expect(await contents.textContent()).toContain('G216线孔唐拉隧道（建成，未上图）');

    await page.getByRole('button', { name: '关闭' }).click();
    await page.locator('.works-list summary').click();
    const list = page.getByRole('list', { name: '重点项目' });
    await expect.poll(() => list.locator('h4').first().textContent()).toContain('专栏5');
    await list.getByRole('button', { name: /^中尼铁路日喀则至吉隆段/ }).click();
    await expect
      .poll(() => page.evaluate(() => window.__APP__!.store.getState().selectedId))
      .toBe('rail-china-nepal-shigatse-gyirong');
    await app.waitForReady();
    const state = await page.evaluate(
      () => window.__APP__!.map.getFeatureState({ source: 'works', id: 'rail-china-nepal-shigatse-gyirong' }).selected,
    );
    expect(state).toBe(true);
    await expect
      .poll(() => page.locator('section.passages').textContent(), { timeout: 15_000 })
      .toContain('加快推进中尼铁路日喀则至吉隆段');
    await page.screenshot({ path: artifactPath('works-railway-selected.png') });
    await page.context().close();
  });
});
