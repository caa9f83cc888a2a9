import { describe, expect, it } from 'vitest';
import { refusedViolations } from './support/axe';
import { artifactPath } from './support/browser';
import { browserSession } from './support/session';

const { openApp } = browserSession();

describe('图文一致性检查', () => {
  it('shows counts and name differences, selects a row’s feature on the map and opens its passage in the reader', async () => {
    const { page, app, errors } = await openApp('#v=1');
    await page.getByRole('button', { name: '图文一致性检查' }).click();
    await expect.poll(() => page.getByRole('region', { name: '图文一致性检查' }).count(), { timeout: 10_000 }).toBe(1);
    const audit = page.locator('section.audit');
    const counts = audit.locator('details[data-section="counts"]');
    const border = counts.locator('.audit-row', { hasText: '9个边境县' });
    await expect.poll(() => border.count(), { timeout: 10_000 }).toBe(1);
    await expect(border.locator('.audit-figures').textContent()).resolves.toBe('规划 9 · 数据 9');
    await expect(border.locator('.audit-status').textContent()).resolves.toBe('一致');
    const parks = counts.locator('.audit-row', { hasText: '九大园区' });
    await expect(parks.locator('.audit-status').textContent()).resolves.toBe('不一致（已说明）');
    const variant = audit.locator('details[data-section="names"] .audit-row', { hasText: '切洼乡 / 切娃乡' });
    await expect(variant.locator('.audit-status').textContent()).resolves.toBe('名称不同');
    expect(page.url()).toContain('audit=1');
    await expect(refusedViolations(page)).resolves.toEqual([]);

    // The row's feature: selected, and drawn with its halo where the map shows it.
    await variant.getByRole('button', { name: '切洼乡', exact: true }).click();
    await app.waitForReady();
    expect(page.url()).toContain('sel=town-540229205');
    const point = await app.featurePoint('towns', 'town-540229205');
    const drawn = await page.evaluate(({ x, y }) => {
      const map = window.__APP__!.map;
      const box = map.getCanvas().getBoundingClientRect();
      const at: [number, number] = [x - box.left, y - box.top];
      return map
        .queryRenderedFeatures(
          [
            [at[0] - 4, at[1] - 4],
            [at[0] + 4, at[1] + 4],
          ],
          { layers: ['town-halo'] },
        )
        .filter((f) => f.state.selected === true)
        .map((f) => String(f.properties.id));
    }, point);
    expect(drawn).toContain('town-540229205');
    await page.screenshot({ path: artifactPath('audit-feature.png') });

    // English: the section titles and status words change; the plan's names stay Chinese.
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('region', { name: 'Text–map audit' }).count()).resolves.toBe(1);
    await expect(counts.locator('summary h3').textContent()).resolves.toBe('Counts the plan states, against the data');
    await expect(border.locator('.audit-status').textContent()).resolves.toBe('agrees');
    await expect(variant.locator('.audit-name').textContent()).resolves.toBe('切洼乡 / 切娃乡');
    await page.getByRole('button', { name: '中文' }).click();

    // The row's passage: the reader opens at it, in the audit's place.
    await border.getByRole('button', { name: '原文 c01.s2.p1' }).click();
    const reader = page.getByRole('region', { name: '规划原文' });
    await expect.poll(() => reader.locator('[id="para-c01.s2.p1"]').count(), { timeout: 10_000 }).toBe(1);
    await expect(reader.locator('[id="para-c01.s2.p1"]').textContent()).resolves.toContain('9个边境县');
    expect(page.url()).toContain('read=c01.s2.p1');
    expect(page.url()).not.toContain('audit=1');
    await page.screenshot({ path: artifactPath('audit-passage.png') });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
