import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** What the app must not have: anything axe rates serious or critical, and landmarks that share a name. */
const REFUSED_IMPACTS = new Set(['serious', 'critical']);
const REFUSED_RULES = new Set(['landmark-unique']);

/** Runs axe-core in the page and returns the refused violations, one line per element, printed for the reader. */
export async function refusedViolations(page: Page): Promise<string[]> {
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
