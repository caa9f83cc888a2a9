import type { ImportChoices, ImportFormat, ImportResultQuestion } from '../types';
import { emptySource, type ParseOutcome } from './source';

export type Cell = string | number | boolean | null;

// Pairs of coordinate column names, compared lower-cased with spaces and a bracketed unit removed.
const COORDINATE_PAIRS: [string, string, 'geographic' | 'plane'][] = [
  ['经度', '纬度', 'geographic'],
  ['东经', '北纬', 'geographic'],
  ['longitude', 'latitude', 'geographic'],
  ['lon', 'lat', 'geographic'],
  ['lng', 'lat', 'geographic'],
  ['long', 'lat', 'geographic'],
  ['x', 'y', 'plane'],
  ['x坐标', 'y坐标', 'plane'],
];
const HEADER_SEARCH_ROWS = 10;
const PREVIEW_ROWS = 5;

function normaliseHeader(cell: Cell): string {
  return String(cell ?? '')
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/[(（][^)）]*[)）]$/, '');
}

function cellText(cell: Cell): string {
  return cell === null ? '' : String(cell);
}

/** Every coordinate pair the header row names, as [x header, y header]. */
function coordinatePairs(header: Cell[]): { x: string; y: string; kind: 'geographic' | 'plane' }[] {
  const names = header.map(normaliseHeader);
  const found: { x: string; y: string; kind: 'geographic' | 'plane' }[] = [];
  for (const [xName, yName, kind] of COORDINATE_PAIRS) {
    const xi = names.indexOf(xName);
    const yi = names.indexOf(yName);
    if (xi >= 0 && yi >= 0) found.push({ x: cellText(header[xi] ?? null), y: cellText(header[yi] ?? null), kind });
  }
  return found;
}

/** The real header is the first row naming coordinates (a merged title row may sit above it). */
function findHeaderRow(rows: Cell[][], choices: ImportChoices): number {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const row = rows[i] ?? [];
    if (choices.columns) {
      const texts = row.map(cellText);
      if (texts.includes(choices.columns.x) && texts.includes(choices.columns.y)) return i;
    } else if (coordinatePairs(row).length > 0) {
      return i;
    }
  }
  // No row names coordinates: the first row that is not a lone title cell.
  const firstWide = rows.findIndex((row, i) => i < limit && row.filter((c) => cellText(c).trim() !== '').length > 1);
  return Math.max(firstWide, 0);
}

function parseCoordinate(cell: Cell): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (typeof cell !== 'string') return null;
  const text = cell.trim().replace(/[°度]$/, '');
  // Number('') is 0 and Number('0x1A') is 26: only plain decimal notation counts.
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return null;
  return Number(text);
}

function propertyValue(cell: Cell): Cell {
  if (typeof cell !== 'string') return cell;
  const trimmed = cell.trim();
  if (trimmed === '') return null;
  // Plain numbers become numbers, but codes with leading zeros (邮编, 行政区划代码) stay text.
  return /^-?(0|[1-9]\d{0,14})(\.\d+)?$/.test(trimmed) ? Number(trimmed) : cell;
}

function question(
  headers: string[],
  rows: Cell[][],
  guess?: { x: string; y: string },
): ImportResultQuestion['question'] {
  const previewRows = rows.slice(0, PREVIEW_ROWS).map((r) => headers.map((_, i) => cellText(r[i] ?? null)));
  return guess ? { kind: 'columns', headers, previewRows, guess } : { kind: 'columns', headers, previewRows };
}

/** Turn table rows into point features, or ask which columns hold coordinates. Row numbers are the file's, from 1. */
export function readTable(
  rows: Cell[][],
  format: ImportFormat,
  fileName: string,
  choices: ImportChoices,
): ParseOutcome {
  const headerIndex = findHeaderRow(rows, choices);
  const headerRow = rows[headerIndex] ?? [];
  const headers = headerRow.map((c, i) => cellText(c).trim() || `column ${i + 1}`);
  const body = rows.slice(headerIndex + 1);
  const pairs = coordinatePairs(headerRow);
  const chosen = choices.columns ?? (pairs.length === 1 ? pairs[0] : undefined);
  const xi = chosen ? headers.indexOf(chosen.x.trim()) : -1;
  const yi = chosen ? headers.indexOf(chosen.y.trim()) : -1;
  if (!chosen || xi < 0 || yi < 0) {
    return { status: 'question', fileName, question: question(headers, body, pairs[0]) };
  }
  const geographic = !choices.columns && pairs[0]?.kind === 'geographic';
  const role = geographic
    ? { x: { zh: '经度', en: 'longitude' }, y: { zh: '纬度', en: 'latitude' } }
    : {
        x: { zh: `X（${chosen.x}）`, en: `x ("${chosen.x}")` },
        y: { zh: `Y（${chosen.y}）`, en: `y ("${chosen.y}")` },
      };
  const source = emptySource(format, 'row');
  body.forEach((row, i) => {
    const index = headerIndex + i + 2;
    if (row.every((c) => cellText(c).trim() === '')) return;
    const x = parseCoordinate(row[xi] ?? null);
    const y = parseCoordinate(row[yi] ?? null);
    const properties: Record<string, Cell> = Object.create(null);
    headers.forEach((h, c) => {
      if (c !== xi && c !== yi) properties[h] = propertyValue(row[c] ?? null);
    });
    if (x === null || y === null) {
      const [which, cell] = x === null ? [role.x, row[xi]] : [role.y, row[yi]];
      const shown = cellText(cell ?? null);
      const problem =
        shown.trim() === ''
          ? { zh: `${which.zh}为空`, en: `${which.en} is empty` }
          : {
              zh: `${which.zh}“${shown.slice(0, 40)}”不是数字`,
              en: `${which.en} "${shown.slice(0, 40)}" is not a number`,
            };
      source.features.push({ index, geometry: null, properties, problem });
      return;
    }
    source.features.push({ index, geometry: { type: 'Point', coordinates: [x, y] }, properties });
  });
  return source;
}
