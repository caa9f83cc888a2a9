import type { IndicatorRow, PlanText } from '../../src/data/plan-types';
import type { NoteLog } from './notes';
import type { SourceLine } from './read-lines';

/**
 * The shape of an indicator table. The source prints every cell on a line of its
 * own, so the parser must know the header to know where a row starts and ends.
 */
export interface TableSchema {
  header: readonly string[];
  /** Column holding the row's group (专栏2's 类型), or null when groups are only headings. */
  groupColumn: number | null;
  nameColumn: number;
  unitColumn: number | null;
  valueColumns: readonly number[];
  /** Column for `[…]` values (the 十四五 cumulative figures), if the table has one. */
  cumulativeColumn: number | null;
  attributeColumn: number;
  /** A line at a row's start that is a group heading rather than an indicator. */
  isGroup: (text: string) => boolean;
}

export const TABLE_SCHEMAS: readonly TableSchema[] = [
  {
    // 专栏1 “十三五”主要指标完成情况
    header: ['指标名称', '单位', '2015实际', '2020目标', '2020实际', '指标属性'],
    groupColumn: null,
    nameColumn: 0,
    unitColumn: 1,
    valueColumns: [2, 3, 4],
    cumulativeColumn: null,
    attributeColumn: 5,
    isGroup: (text) => /^\d+\.\s*\S.*指标$/.test(text),
  },
  {
    // 专栏2 “十四五”时期主要发展指标
    header: ['类型', '指标名称', '2020实际', '2025预期', '年均增长', '指标属性'],
    groupColumn: 0,
    nameColumn: 1,
    unitColumn: null,
    valueColumns: [2, 3, 4],
    cumulativeColumn: 4,
    attributeColumn: 5,
    isGroup: (text) => !/^\d+\./.test(text),
  },
];

const ATTRIBUTE = /^(预期性|约束性)$/;
const FOOTNOTE = /^注[:：]/;
// Units the 专栏1 table prints in its 单位 column; an unknown one would be read as a value.
const UNITS: ReadonlySet<string> = new Set(['%', '‰', '元', '亿元', '亿美元', '万元', '吨标煤/万元', '年', '人']);
// A cell broken over two lines leaves its unit word alone on the second line (`0.14` / `百分点`).
const UNIT_TAILS: ReadonlySet<string> = new Set(['百分点']);

/**
 * Matches the header at `lines[start]`: the published header cells are broken over
 * lines (`2015` / `实际`), so consecutive lines are joined until each header cell is
 * complete. Returns the index after the header, or null if the lines are not it.
 */
export function matchHeader(lines: readonly SourceLine[], start: number, header: readonly string[]): number | null {
  let i = start;
  for (const cell of header) {
    let text = '';
    while (text !== cell) {
      const line = lines[i];
      if (!line) return null;
      text += line.text.trim();
      if (!cell.startsWith(text)) return null;
      i++;
    }
  }
  return i;
}

export function findSchema(lines: readonly SourceLine[]): TableSchema | null {
  return TABLE_SCHEMAS.find((schema) => matchHeader(lines, 0, schema.header) !== null) ?? null;
}

export interface ParsedTable {
  header: string[];
  rows: IndicatorRow[];
  footnote: PlanText | null;
}

/** Reads an indicator table from its cell lines (the column's content). */
export function parseTable(
  columnId: string,
  schema: TableSchema,
  lines: readonly SourceLine[],
  log: NoteLog,
): ParsedTable {
  const headerEnd = matchHeader(lines, 0, schema.header);
  if (headerEnd === null) throw new Error(`${columnId}: header not found`);
  const headerLines = lines.slice(0, headerEnd).map((line) => line.no);
  log.add(
    'table-header-split',
    headerLines,
    [columnId],
    `${columnId}: the table is printed one cell per line and header cells are broken over lines; read as ${schema.header.join(' | ')}`,
  );

  const rows: IndicatorRow[] = [];
  let group: string | null = null;
  let footnote: PlanText | null = null;
  let i = headerEnd;
  while (i < lines.length) {
    const line = lines[i];
    if (!line) break;
    const text = line.text.trim();
    if (FOOTNOTE.test(text)) {
      footnote = { text, lines: [line.no] };
      i++;
      continue;
    }
    const repeatEnd = matchHeader(lines, i, schema.header);
    if (repeatEnd !== null) {
      const repeated = lines.slice(i, repeatEnd).map((l) => l.no);
      log.add(
        'repeated-table-header',
        repeated,
        [columnId],
        `${columnId}: the header is printed again mid-table (a page break); skipped`,
      );
      i = repeatEnd;
      continue;
    }
    if (footnote) throw new Error(`seed line ${line.no}: table content after the footnote`);
    if (schema.isGroup(text)) {
      group = text;
      i++;
      continue;
    }
    const end = lines.findIndex((l, k) => k > i && ATTRIBUTE.test(l.text.trim()));
    if (end < 0) throw new Error(`seed line ${line.no}: indicator row "${text}" has no 预期性/约束性 cell`);
    const rowLines = lines.slice(i, end + 1);
    rows.push(readRow(`${columnId}.r${rows.length + 1}`, schema, group, rowLines, log));
    i = end + 1;
  }
  noteRestoredNames(columnId, schema, rows, log);
  return { header: [...schema.header], rows, footnote };
}

function readRow(
  id: string,
  schema: TableSchema,
  group: string | null,
  rowLines: readonly SourceLine[],
  log: NoteLog,
): IndicatorRow {
  const published = rowLines.map((line) => line.text.trim());
  const lineNos = rowLines.map((line) => line.no);
  const cells = schema.header.map(() => '');
  const name = published[0] ?? '';
  cells[schema.nameColumn] = restoreName(name);
  cells[schema.attributeColumn] = published[published.length - 1] ?? '';
  if (schema.groupColumn !== null) cells[schema.groupColumn] = group ?? '';

  const values = joinUnitTails(published.slice(1, -1), id, lineNos, log);
  if (schema.unitColumn !== null && values[0] !== undefined && UNITS.has(values[0])) {
    cells[schema.unitColumn] = values.shift() ?? '';
  }
  const free = [...schema.valueColumns];
  const cumulative = schema.cumulativeColumn;
  for (const value of values) {
    const column = cumulative !== null && /^\[.*\]$/.test(value) && free.includes(cumulative) ? cumulative : free[0];
    if (column === undefined) throw new Error(`seed line ${lineNos[0]}: indicator row "${name}" has too many cells`);
    cells[column] = value;
    free.splice(free.indexOf(column), 1);
  }
  const alignment = free.length === 0 ? 'exact' : 'inferred';
  if (alignment === 'inferred') {
    const empty = free.map((column) => schema.header[column]).join(', ');
    log.add(
      'table-row-short',
      lineNos,
      [id],
      `${id} "${name}": ${values.length} of ${schema.valueColumns.length} value cells printed; placed left to right` +
        `${cumulative !== null ? ' ([…] cumulative figures in 年均增长)' : ''}, left empty: ${empty}; which cell is blank in the original table is a guess`,
    );
  }
  return { id, group, cells, published, alignment, lines: lineNos };
}

/** `0.14` + `百分点` → `0.14百分点`: a cell broken over two lines. */
function joinUnitTails(values: string[], id: string, lineNos: readonly number[], log: NoteLog): string[] {
  const out: string[] = [];
  for (const value of values) {
    const previous = out[out.length - 1];
    if (UNIT_TAILS.has(value) && previous !== undefined) {
      out[out.length - 1] = previous + value;
      log.add(
        'table-cell-split',
        [...lineNos],
        [id],
        `${id}: the cell "${previous}${value}" is broken over two lines; rejoined`,
      );
    } else {
      out.push(value);
    }
  }
  return out;
}

/** `1.地区生产总值年均增速(%` → `…(%)`: the closing parenthesis of the unit was lost. */
export function restoreName(name: string): string {
  const opens = (name.match(/\(/g) ?? []).length;
  const closes = (name.match(/\)/g) ?? []).length;
  return opens > closes ? `${name})` : name;
}

function noteRestoredNames(columnId: string, schema: TableSchema, rows: readonly IndicatorRow[], log: NoteLog): void {
  const restored = rows.filter((row) => row.cells[schema.nameColumn] !== row.published[0]);
  if (restored.length === 0) return;
  log.add(
    'lost-punctuation',
    restored.map((row) => row.lines[0] ?? 0),
    restored.map((row) => row.id),
    `${columnId}: ${restored.length} indicator names lost the closing parenthesis of their unit ("…(%"); restored in cells, kept as published in published`,
  );
}
