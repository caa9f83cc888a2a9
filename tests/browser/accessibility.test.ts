import { describe, expect, it } from 'vitest';
import { refusedViolations } from './support/axe';
import { browserSession } from './support/session';

const { openApp } = browserSession();

describe('accessibility (axe-core): no serious or critical violation, no two landmarks of one name', () => {
  it.each([
    ['the overview', '#v=1', '.feature-list'],
    ['a county panel', '#v=1&sel=county-540234', '.county-contents'],
    ['a town panel with its passages', '#v=1&sel=town-540234101', '.passage'],
    ['the reader open beside a town', '#v=1&sel=town-540234101&read=c05.s1.p2', '.reader-paragraph.current'],
    ['English, a port panel', '#v=1&lang=en&sel=port-zhangmu', '.passage'],
    ['presenting', '#v=1&scene=1&present=1', '.scene-caption'],
  ])('%s', async (_, hash, shown) => {
    const { page } = await openApp(hash);
    await page.locator(shown).first().waitFor();
    // The presenter's tools fade while the pointer rests (mid-fade their contrast would be measured
    // against the map); a keyboard user on one of them keeps them shown, as axe checks them here.
    if (hash.includes('present=1')) await page.locator('.presenting-tools button').first().focus();
    expect(await refusedViolations(page)).toEqual([]);
    if (hash.includes('present=1')) {
      // Once the pointer has rested, the focused tools are still shown.
      await page.waitForFunction(() => document.body.classList.contains('cursor-idle'));
      await page.waitForTimeout(600); // past the fade's 0.4 s
      const opacity = await page.locator('.presenting-tools').evaluate((el) => getComputedStyle(el).opacity);
      expect(opacity).toBe('1');
    }
    await page.context().close();
  });

  it('the search results open', async () => {
    const { page } = await openApp('#v=1');
    await page.getByRole('combobox', { name: '搜索地名、项目与规划原文' }).fill('吉隆');
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    expect(await refusedViolations(page)).toEqual([]);
    await page.context().close();
  });
});
