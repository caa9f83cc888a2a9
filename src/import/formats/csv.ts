import Papa from 'papaparse';
import { refuse } from '../messages';
import type { ImportChoices } from '../types';
import type { ParseOutcome } from './source';
import { readTable } from './table';

/** Read delimited text (comma, tab, semicolon; papaparse guesses) as a table of points. */
export function readCsv(text: string, fileName: string, choices: ImportChoices): ParseOutcome {
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', '\t', ';', '|'],
  });
  const rows = parsed.data.filter((r) => Array.isArray(r));
  if (rows.length === 0) refuse(fileName, '表格没有任何行', 'the table has no rows');
  return readTable(rows, 'csv', fileName, choices);
}
