import type { Lang } from './strings';

/**
 * The words of the indicator panel (专栏1, 专栏2), in both languages. Only the
 * panel, loaded on demand, imports them; the button's name (`indicators`) is in strings.ts.
 */
const zh = {
  indicatorsTitle: '主要指标',
  indicatorsSource: '规划第一章、第二章的指标表（专栏1、专栏2），数值按原文照录。',
  indicatorsSearch: '搜索指标',
  indicatorsShown: '显示 {n} / {total} 项指标',
  indicatorsNone: '没有找到指标',
  indicatorsLoading: '正在载入指标…',
  indicatorsFailed: '指标数据加载失败',
  indicatorsNotData: '{file} 不是指标数据文件',
  openColumn: '在规划原文中查看{column}',
  cell_actual2015: '2015实际',
  cell_target2020: '2020目标',
  cell_actual2020: '2020实际',
  cell_expected2025: '2025预期',
  cell_annualGrowth: '年均增长',
  changeComputed: '变化（{from}→{to}，计算值）',
  notPrinted: '—',
  notPrintedLabel: '原表未列',
  cumulative: '“十四五”累计',
  year2019: '2019年数据',
  attribute_预期性: '预期性',
  attribute_约束性: '约束性',
  placementUncertain: '原文只列出一个数值，其所在列为推断。',
  chartLabel: '{a} {av}，{b} {bv}',
  footnote: '表注',
} as const;

export type IndicatorTextKey = keyof typeof zh;

const en: Record<IndicatorTextKey, string> = {
  indicatorsTitle: 'Main indicators',
  indicatorsSource:
    'The indicator tables of chapters 1 and 2 (专栏1, 专栏2); the figures are quoted as the plan writes them.',
  indicatorsSearch: 'Search indicators',
  indicatorsShown: 'Showing {n} of {total} indicators',
  indicatorsNone: 'No indicator found',
  indicatorsLoading: 'Loading the indicators…',
  indicatorsFailed: 'The indicators could not be loaded',
  indicatorsNotData: '{file} is not an indicator file',
  openColumn: 'Open {column} in the plan text',
  cell_actual2015: '2015 actual',
  cell_target2020: '2020 target',
  cell_actual2020: '2020 actual',
  cell_expected2025: '2025 expected',
  cell_annualGrowth: 'Annual growth',
  changeComputed: 'Change ({from} → {to}, computed)',
  notPrinted: '—',
  notPrintedLabel: 'not given in the table',
  cumulative: 'total over 2021–2025',
  year2019: '2019 figure',
  attribute_预期性: 'anticipatory',
  attribute_约束性: 'binding',
  placementUncertain: 'The text gives a single figure; the column it belongs to is inferred.',
  chartLabel: '{a} {av}, {b} {bv}',
  footnote: 'Note to the table',
};

export const INDICATOR_TEXT: Record<Lang, Record<IndicatorTextKey, string>> = { zh, en };
