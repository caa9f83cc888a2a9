import type { Indicator, IndicatorColumnId, IndicatorValue } from '../data/indicator-types';

/** The cells an indicator shows, in its table's order: 2015实际 / 2020目标 / 2020实际, or 2020实际 / 2025预期 / 年均增长. */
export type CellKey = 'actual2015' | 'target2020' | 'actual2020' | 'expected2025' | 'annualGrowth';

export const CELLS: Record<IndicatorColumnId, readonly CellKey[]> = {
  col01: ['actual2015', 'target2020', 'actual2020'],
  col02: ['actual2020', 'expected2025', 'annualGrowth'],
};

export function cellOf(indicator: Indicator, key: CellKey): IndicatorValue | null {
  if (indicator.column === 'col01') {
    if (key === 'actual2015' || key === 'target2020' || key === 'actual2020') return indicator[key];
    return null;
  }
  if (key === 'actual2020' || key === 'expected2025' || key === 'annualGrowth') return indicator[key];
  return null;
}

/**
 * Indicators whose name, category or 属性 contains the query, in Chinese or (case
 * aside) in English; all of them for an empty query.
 */
export function filterIndicators(indicators: readonly Indicator[], query: string): Indicator[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [...indicators];
  return indicators.filter((i) =>
    [i.name, i.category, i.attribute, i.nameEn.toLowerCase(), i.categoryEn.toLowerCase()].some((text) =>
      text.includes(q),
    ),
  );
}

/** Indicators by category, in the tables' order. */
export function byCategory(indicators: readonly Indicator[]): { category: string; indicators: Indicator[] }[] {
  const groups = new Map<string, Indicator[]>();
  for (const i of indicators) groups.set(i.category, [...(groups.get(i.category) ?? []), i]);
  return [...groups].map(([category, list]) => ({ category, indicators: list }));
}

/**
 * The change an indicator shows: 专栏2's 年均增长 as the plan writes it; else the
 * difference of two plain numbers (2025预期 − 2020实际; for 专栏1, 2020实际 −
 * 2015实际), marked as computed; null when the plan gives neither.
 */
export type Change =
  | { kind: 'published'; value: IndicatorValue }
  | { kind: 'computed'; from: CellKey; to: CellKey; text: string };

export function changeOf(indicator: Indicator): Change | null {
  if (indicator.column === 'col02' && indicator.annualGrowth)
    return { kind: 'published', value: indicator.annualGrowth };
  const [from, to]: [CellKey, CellKey] =
    indicator.column === 'col01' ? ['actual2015', 'actual2020'] : ['actual2020', 'expected2025'];
  const a = cellOf(indicator, from);
  const b = cellOf(indicator, to);
  if (a?.number == null || b?.number == null || a.year2019 || b.year2019) return null;
  return { kind: 'computed', from, to, text: signedDifference(a, b) };
}

/** `b − a` with a sign, to as many decimals as the more precise of the two texts. */
function signedDifference(a: IndicatorValue, b: IndicatorValue): string {
  const decimals = Math.max(decimalsOf(a.text), decimalsOf(b.text));
  const difference = (b.number ?? 0) - (a.number ?? 0);
  const rounded = Number(difference.toFixed(decimals));
  if (rounded === 0) return '±0';
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded).toFixed(decimals)}`;
}

const decimalsOf = (text: string) => /\.(\d+)/.exec(text)?.[1]?.length ?? 0;

/** The two cells a small chart compares (专栏1: 2020目标 and 2020实际; 专栏2: 2020实际 and 2025预期), when both are plain numbers. */
export function chartPair(indicator: Indicator): { key: CellKey; value: number }[] | null {
  const keys: CellKey[] = indicator.column === 'col01' ? ['target2020', 'actual2020'] : ['actual2020', 'expected2025'];
  const pair = keys.map((key) => ({ key, value: cellOf(indicator, key)?.number ?? null }));
  if (pair.some((p) => p.value === null)) return null;
  return pair.map((p) => ({ key: p.key, value: p.value ?? 0 }));
}
