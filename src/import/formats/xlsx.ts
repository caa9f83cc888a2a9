import { readSheet } from 'read-excel-file/universal';
import { refuse } from '../messages';
import type { ImportChoices } from '../types';
import type { ParseOutcome } from './source';
import { type Cell, readTable } from './table';

function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** Read the first sheet of an .xlsx workbook as a table of points. */
export async function readXlsx(bytes: Uint8Array, fileName: string, choices: ImportChoices): Promise<ParseOutcome> {
  // The universal build takes an ArrayBuffer; copy so a view into a larger buffer is not misread.
  const buffer = bytes.slice().buffer;
  let rows: unknown[][];
  try {
    rows = await readSheet(buffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return refuse(fileName, `无法读取 Excel 工作簿：${detail}`, `cannot read the Excel workbook: ${detail}`);
  }
  if (rows.length === 0) refuse(fileName, '工作表为空', 'the first worksheet is empty');
  return readTable(
    rows.map((r) => r.map(toCell)),
    'xlsx',
    fileName,
    choices,
  );
}
