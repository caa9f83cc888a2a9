import type {
  Indicator,
  Indicator13,
  Indicator14,
  IndicatorColumnId,
  IndicatorData,
} from '../../../src/data/indicator-types';
import type { IndicatorRow, IndicatorTableColumn, Plan } from '../../../src/data/plan-types';
import { CATEGORY_NAMES_EN, INDICATOR_NAMES_EN, UNITS_EN } from './names';
import { REVIEWED_ROWS, type ReviewedRow } from './reviewed';
import { readValue } from './values';

const VALUE_HEADERS: Record<IndicatorColumnId, readonly string[]> = {
  col01: ['2015实际', '2020目标', '2020实际'],
  col02: ['2020实际', '2025预期', '年均增长'],
};

function table(plan: Plan, id: IndicatorColumnId): IndicatorTableColumn {
  const column = plan.columns.find((c) => c.id === id);
  if (column?.kind !== 'table') throw new Error(`plan.json: ${id} is not an indicator table`);
  for (const h of VALUE_HEADERS[id])
    if (!column.header.includes(h)) throw new Error(`plan.json ${id}: the header has no ${h}`);
  return column;
}

/** The row's value cells by header, after the hand review where the text drops cells. */
function valueCells(
  column: IndicatorTableColumn,
  row: IndicatorRow,
  review: ReviewedRow | undefined,
): Map<string, string> {
  const headers = VALUE_HEADERS[column.id as IndicatorColumnId];
  const cells = new Map(headers.map((h) => [h, row.cells[column.header.indexOf(h)] ?? '']));
  if (row.alignment === 'exact') {
    if (review) throw new Error(`reviewed.ts: ${row.id} is printed in full and needs no review`);
    return cells;
  }
  if (!review) throw new Error(`reviewed.ts: ${row.id} drops cells (lines ${row.lines.join(', ')}) and has no review`);
  const printed = headers.map((h) => cells.get(h) ?? '').filter((v) => v !== '');
  if (review.placement.length !== printed.length || review.placement.some((h) => !headers.includes(h)))
    throw new Error(
      `reviewed.ts: ${row.id} prints ${printed.length} values (${printed.join(', ')}); the review places ${review.placement.join(', ')}`,
    );
  const placed = new Map(headers.map((h) => [h, '']));
  review.placement.forEach((h, i) => {
    placed.set(h, printed[i] ?? '');
  });
  return placed;
}

function english(table: Readonly<Record<string, string>>, key: string, what: string, row: string): string {
  const en = table[key];
  if (en === undefined) throw new Error(`names.ts: no English ${what} for “${key}” (${row})`);
  return en;
}

/** `1.地区生产总值年均增速(%)` → 1, 地区生产总值年均增速, %. */
function splitName14(cell: string, row: string): { number: number; name: string; unit: string | null } {
  const match = /^(\d+)\.(.+?)(?:\(([^()]+)\))?$/u.exec(cell);
  if (!match?.[2]) throw new Error(`plan.json ${row}: cannot read the name “${cell}”`);
  return { number: Number(match[1]), name: match[2], unit: match[3] ?? null };
}

function readAttribute(cell: string | undefined, row: string): Indicator['attribute'] {
  if (cell === '预期性' || cell === '约束性') return cell;
  throw new Error(`plan.json ${row}: 属性 “${cell}” is neither 预期性 nor 约束性`);
}

const category = (group: string | null) => (group ?? '').replace(/^\d+\.\s*/u, '').trim();

/** 专栏1 and 专栏2 as indicators; throws on a row that is not reviewed or not translated. */
export function buildIndicators(plan: Plan, reviewed: readonly ReviewedRow[] = REVIEWED_ROWS): IndicatorData {
  const reviews = new Map(reviewed.map((r) => [r.row, r]));
  const indicators: Indicator[] = [];
  const columns = (['col01', 'col02'] as const).map((id) => {
    const column = table(plan, id);
    for (const row of column.rows) {
      const review = reviews.get(row.id);
      reviews.delete(row.id);
      const cells = valueCells(column, row, review);
      const attribute = readAttribute(row.cells[column.header.indexOf('指标属性')], row.id);
      const cat = category(row.group);
      const nameCell = row.cells[column.header.indexOf('指标名称')] ?? '';
      const { name, unit } =
        id === 'col01'
          ? { name: nameCell, unit: row.cells[column.header.indexOf('单位')] || null }
          : splitName14(nameCell, row.id);
      const base = {
        id: row.id,
        category: cat,
        categoryEn: english(CATEGORY_NAMES_EN, cat, 'category', row.id),
        name,
        nameEn: english(INDICATOR_NAMES_EN, name, 'name', row.id),
        unit,
        unitEn: unit === null ? null : english(UNITS_EN, unit, 'unit', row.id),
        attribute,
        alignment: review ? ('reviewed' as const) : ('exact' as const),
        review: review?.reason ?? null,
        placementCertain: review?.certain ?? true,
        lines: row.lines,
      };
      const value = (h: string) => readValue(cells.get(h) ?? '', unit);
      if (id === 'col01') {
        const indicator: Indicator13 = {
          ...base,
          column: 'col01',
          actual2015: value('2015实际'),
          target2020: value('2020目标'),
          actual2020: value('2020实际'),
        };
        indicators.push(indicator);
      } else {
        const indicator: Indicator14 = {
          ...base,
          column: 'col02',
          number: splitName14(nameCell, row.id).number,
          actual2020: value('2020实际'),
          expected2025: value('2025预期'),
          annualGrowth: value('年均增长'),
        };
        indicators.push(indicator);
      }
    }
    return {
      id,
      number: column.number as 1 | 2,
      title: column.title,
      header: column.header,
      footnote: column.footnote?.text ?? null,
      lines: column.lines,
    };
  });
  const stale = [...reviews.keys()];
  if (stale.length > 0) throw new Error(`reviewed.ts: no such indicator row: ${stale.join(', ')}`);
  return { columns, indicators };
}

/** Stable JSON, one indicator a line, so that a diff shows what changed. */
export function serializeIndicators(data: IndicatorData): string {
  const indicators = data.indicators.map((i) => `    ${JSON.stringify(i)}`).join(',\n');
  return `{\n  "columns": ${JSON.stringify(data.columns)},\n  "indicators": [\n${indicators}\n  ]\n}\n`;
}
