import type { IndicatorValue } from '../../../src/data/indicator-types';

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * A cell as the plan writes it, with its number where the text is a plain number:
 * `[5]` is a cumulative figure, `7.4*` a 2019 one, and `-72%` or `100%` repeat
 * the unit % (only then is the sign dropped). Comparisons (`≤10`, `>40`), ratios
 * (`18:33:49`) and words stay text only. An empty cell (not printed) is null.
 */
export function readValue(text: string, unit: string | null): IndicatorValue | null {
  if (text === '') return null;
  let core = text;
  const cumulative = /^\[.*\]$/.test(core);
  if (cumulative) core = core.slice(1, -1).trim();
  const year2019 = core.endsWith('*');
  if (year2019) core = core.slice(0, -1);
  if (unit === '%' && core.endsWith('%')) core = core.slice(0, -1);
  return { text, number: PLAIN_NUMBER.test(core) ? Number(core) : null, cumulative, year2019 };
}
