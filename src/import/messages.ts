import type { Bilingual } from './types';

/** How a format numbers its records: GeoJSON/KML features, or spreadsheet rows. */
export type RecordUnit = 'feature' | 'row';

/** A message about the whole file, Chinese first. */
export function fileMessage(fileName: string, zh: string, en: string): Bilingual {
  return { zh: `「${fileName}」${zh}`, en: `${fileName}: ${en}` };
}

/** A message about one feature or row, numbered from 1. */
export function recordMessage(fileName: string, unit: RecordUnit, index: number, zh: string, en: string): Bilingual {
  const zhUnit = unit === 'row' ? `第 ${index} 行` : `第 ${index} 个要素`;
  return { zh: `「${fileName}」${zhUnit}：${zh}`, en: `${fileName}, ${unit} ${index}: ${en}` };
}

/** Thrown by any stage to refuse the whole file; run-import turns it into a refused result. */
export class ImportRefusal extends Error {
  readonly bilingual: Bilingual;
  constructor(message: Bilingual) {
    super(message.en);
    this.name = 'ImportRefusal';
    this.bilingual = message;
  }
}

/** Refuse the whole file with a message about it. */
export function refuse(fileName: string, zh: string, en: string): never {
  throw new ImportRefusal(fileMessage(fileName, zh, en));
}
