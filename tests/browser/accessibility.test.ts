import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession } from './support/session';

const { openApp } = browserSession();

/** What the app must not have: anything axe rates serious or critical, and landmarks that share a name. */
const REFUSED_IMPACTS = new Set(['serious', 'critical']);
const REFUSED_RULES = new Set(['landmark-unique']);

/** Runs axe-core in the page and returns the refused violations, one line per element, printed for the reader. */
async function refusedViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`),
    }));
  });
  const refused = violations.filter((v) => REFUSED_IMPACTS.has(v.impact ?? '') || REFUSED_RULES.has(v.id));
  const lines = refused.flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id} (${v.help}) ${n}`));
  if (lines.length > 0) console.log(lines.join('\n'));
  return lines;
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}

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
    expect(await refusedViolations(page)).toEqual([]);
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
