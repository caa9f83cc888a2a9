/**
 * geodata/indicators.json: 专栏1 and 专栏2 of the plan as indicators, built from
 * plan.json's tables by scripts/plan/indicators (npm run plan).
 */
export interface IndicatorData {
  /** The 专栏 the indicators come from, with their footnotes as published. */
  columns: IndicatorColumnInfo[];
  indicators: Indicator[];
}

export type IndicatorColumnId = 'col01' | 'col02';

export interface IndicatorColumnInfo {
  id: IndicatorColumnId;
  number: 1 | 2;
  title: string;
  /** The published header, e.g. 指标名称 | 单位 | 2015实际 | 2020目标 | 2020实际 | 指标属性. */
  header: string[];
  footnote: string | null;
  lines: [number, number];
}

/** One cell, as the plan writes it. */
export interface IndicatorValue {
  text: string;
  /** The number when the text is a plain number (a `%` after it allowed when the unit is %), else null. */
  number: number | null;
  /** A figure in `[ ]`: the total over the 十四五 period (专栏2, note ②). */
  cumulative: boolean;
  /** Marked `*`: a 2019 figure (note ① of both tables). */
  year2019: boolean;
}

interface IndicatorBase {
  /** The table row's id in plan.json, e.g. `col02.r1`. */
  id: string;
  /** The group heading without its numbering, e.g. 经济发展指标, 民生福祉. */
  category: string;
  categoryEn: string;
  /** The indicator's name as the plan writes it, without its row number and unit. */
  name: string;
  nameEn: string;
  /** The unit as the plan writes it (专栏1's 单位 column, 专栏2's parentheses); null where none is printed. */
  unit: string | null;
  unitEn: string | null;
  attribute: '预期性' | '约束性';
  /**
   * `exact`: the row prints every cell. `reviewed`: the text drops empty cells and the
   * placement of the printed ones was checked by hand (`review` says why);
   * `placementCertain` is false where the text cannot tell which cell is empty.
   */
  alignment: 'exact' | 'reviewed';
  review: string | null;
  placementCertain: boolean;
  /** Lines of the plan text. */
  lines: number[];
}

/** 专栏1 “十三五”主要指标完成情况: 2015实际 / 2020目标 / 2020实际. */
export interface Indicator13 extends IndicatorBase {
  column: 'col01';
  actual2015: IndicatorValue | null;
  target2020: IndicatorValue | null;
  actual2020: IndicatorValue | null;
}

/** 专栏2 “十四五”时期主要发展指标: 2020实际 / 2025预期 / 年均增长. */
export interface Indicator14 extends IndicatorBase {
  column: 'col02';
  /** The row number the plan prints before the name (1–25). */
  number: number;
  actual2020: IndicatorValue | null;
  expected2025: IndicatorValue | null;
  annualGrowth: IndicatorValue | null;
}

export type Indicator = Indicator13 | Indicator14;
