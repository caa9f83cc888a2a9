import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { artifactPath } from './support/browser';
import { browserSession } from './support/session';

const { openApp } = browserSession();

/** Han characters: what an English reader cannot read. */
const CJK = /[\u3400-\u9fff]/;

describe('in English, no Chinese outside the names and quotes marked as Chinese', () => {
  it('the overview: header, legend and filter, the list of places, the map and its labels', async () => {
    const { page, app } = await openApp('#v=1&lang=en');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await app.unmarkedChinese()).toEqual([]);

    // The map's labels are drawn on the canvas: every label layer writes the English name, and those names are English.
    const labels = await page.evaluate(() => {
      const { map } = window.__APP__!;
      const layers = map
        .getStyle()
        .layers.filter(
          (l) =>
            l.type === 'symbol' &&
            !l.id.startsWith('user-') &&
            (l.layout as Record<string, unknown> | undefined)?.['text-field'],
        );
      const rendered = map.queryRenderedFeatures({ layers: layers.map((l) => l.id) });
      return {
        fields: [
          ...new Set(
            layers.map((l) => JSON.stringify((l.layout as Record<string, unknown> | undefined)?.['text-field'])),
          ),
        ],
        names: [...new Set(rendered.map((f) => String(f.properties.name_en)))],
      };
    });
    // Every label layer writes the English name (a peak adds its elevation), never the Chinese one.
    for (const field of labels.fields) {
      expect(field).toContain(JSON.stringify(['get', 'name_en']));
      expect(field).not.toContain(JSON.stringify(['get', 'name']));
    }
    expect(labels.names.length).toBeGreaterThan(30);
    expect(labels.names.filter((n) => CJK.test(n))).toEqual([]);
    await page.context().close();
  });

  it('every kind of panel, with its passages, projects and the other features at a point', async () => {
    const { page, app } = await openApp('#v=1&lang=en');
    const passages = page.getByRole('region', { name: 'In the plan' });
    for (const id of [
      'county-540234',
      'town-540234101',
      'port-zhangmu',
      'park-agri-sci',
      'route-cross-border-loop',
      'border-belt',
    ]) {
      await page.evaluate((feature) => window.__APP__!.store.getState().select(feature), id);
      await passages.locator('blockquote').first().waitFor();
      // The quotes are there, marked and labelled as the plan's Chinese, not dropped.
      expect(await passages.locator('[lang="zh-CN"]').count()).toBeGreaterThan(0);
      await expect(passages.getByText("The passages are quoted in the plan's Chinese text.").count()).resolves.toBe(1);
      expect({ id, unmarked: await app.unmarkedChinese() }).toEqual({ id, unmarked: [] });
    }
    await page.getByRole('article').getByRole('button', { name: 'Close' }).click();
    await app.clickFeature('ports', 'port-shigatse-rail');
    const others = page.getByRole('navigation', { name: 'Also here' });
    await expect.poll(() => others.getByRole('button').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    await expect(others.getByRole('button', { name: 'Shigatse Bonded Logistics Park' }).count()).resolves.toBe(1);
    expect(await app.unmarkedChinese()).toEqual([]);
    await page.context().close();
  });

  it('the search results and the plan reader', async () => {
    const { page, app } = await openApp('#v=1&lang=en&read=toc');
    const reader = page.getByRole('region', { name: 'The plan' });
    await reader.getByRole('button', { name: /^Chapter 26 / }).click();
    await expect(reader.getByRole('heading', { level: 3 }).textContent()).resolves.toBe(
      'Chapter 26 打造面向南亚开放合作前沿区',
    );
    expect(await app.unmarkedChinese()).toEqual([]);
    await reader.getByRole('searchbox', { name: 'Search the plan text' }).fill('吉隆');
    await expect.poll(() => reader.getByRole('listitem').count(), { timeout: 10_000 }).toBeGreaterThan(2);
    expect(await app.unmarkedChinese()).toEqual([]);

    const box = page.getByRole('combobox', { name: 'Search places, projects and the plan' });
    const results = page.getByRole('listbox', { name: 'Search results' });
    for (const query of ['kyirong', '口岸', '吉隆']) {
      await box.fill(query);
      await expect.poll(() => results.getByRole('option').count(), { timeout: 10_000 }).toBeGreaterThan(2);
      expect({ query, unmarked: await app.unmarkedChinese() }).toEqual({ query, unmarked: [] });
    }
    await expect(results.getByRole('option').first().textContent()).resolves.toBe('CountyGyirong County 吉隆县');
    await expect.poll(() => results.getByText('Plan text', { exact: true }).count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('the agenda and the export menu', async () => {
    const { page, app } = await openApp('#v=1&lang=en');
    await page.getByRole('button', { name: 'Meeting' }).click();
    await page.getByRole('region', { name: 'Meeting agenda' }).locator('ol.scenes > li').first().waitFor();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menu').waitFor();
    expect(await app.unmarkedChinese()).toEqual([]);
    await page.context().close();
  });

  it('the presenter overlay: title, the quoted caption labelled, the citation', async () => {
    const { page, app } = await openApp('#v=1&lang=en&scene=5&present=1');
    const caption = page.getByRole('region', { name: 'Current scene' });
    await expect(caption.getByRole('heading').textContent()).resolves.toBe('The South Asia corridor');
    await expect(caption.locator('.scene-cite').textContent()).resolves.toBe('— the Outline, Chapter 3, Section 1');
    await expect(caption.getByText('Plan text (Chinese)').count()).resolves.toBe(1);
    expect(await app.unmarkedChinese()).toEqual([]);
    await page.screenshot({ path: artifactPath('language-presenter-en.png') });
    await page.context().close();
  });
});

describe('in Chinese, every message is Chinese', () => {
  it('a bad link names what was wrong in words, not by its keys', async () => {
    const { page } = await openApp('#v=1&sel=county-999999&f=counties:county-000000');
    const notice = page.getByRole('alert').filter({ hasText: /链接|link/ });
    await expect(notice.textContent()).resolves.toContain('筛选条件、所选要素');
    await expect(notice.textContent()).resolves.not.toMatch(/\bsel\b|\bf\b/);
    // Switching the language words the same notice in English.
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect(notice.textContent()).resolves.toContain('the filter, the selected feature');
    await page.context().close();
  });

  it('a data file that fails to load is reported in Chinese', async () => {
    const { page } = await openApp('#v=1');
    await page.route(/towns-[^/]*\.geojson$/, (route) => route.fulfill({ status: 404, body: '' }));
    await page.reload();
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toBe('地图数据加载失败：towns.geojson 无法读取：服务器返回 HTTP 404');
    await page.context().close();
  });

  it('a refused agenda file says why in Chinese', async () => {
    const { page } = await openApp();
    await page.getByRole('button', { name: '会议模式' }).click();
    const bad = artifactPath('not-an-agenda.json');
    writeFileSync(bad, '{"format": "something-else"}');
    await page.getByLabel('导入议程', { exact: true }).setInputFiles(bad);
    await expect(page.getByRole('alert').filter({ hasText: '未导入' }).textContent()).resolves.toBe(
      '未导入，原议程保留：不是议程文件（format 应为 shigatse-plan-agenda）',
    );
    await page.context().close();
  });
});
