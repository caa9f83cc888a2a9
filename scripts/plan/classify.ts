import { parseChineseNumber } from './numerals';
import type { SourceLine } from './read-lines';

export type HeadingLevel = 'part' | 'chapter' | 'section';

export interface Heading {
  level: HeadingLevel;
  number: number;
  /** e.g. `第三章` */
  label: string;
  title: string;
}

/** What a line of the seed file is, judged from the line alone. */
export type LineClass =
  | { kind: 'blank' }
  | { kind: 'heading'; heading: Heading }
  | { kind: 'column'; number: number | null; rest: string }
  | { kind: 'image'; name: string }
  | { kind: 'toc' }
  | { kind: 'prose' };

const LEVELS: Record<string, HeadingLevel> = { 篇: 'part', 章: 'chapter', 节: 'section' };

// A heading is `第<numeral><篇|章|节>` followed by whitespace and a title; prose never has
// the whitespace after the label, so this cannot swallow a sentence that starts with 第.
const HEADING = /^第([一二三四五六七八九十]+)([篇章节])\s+(\S.*)$/;
const COLUMN = /^专栏\s*(\d+)?\s*(.*)$/;
const IMAGE = /^(图片\d+\.(?:png|jpe?g|gif))$/i;
const TOC = /^目\s*录$/;

export function parseHeading(text: string, lineNo: number): Heading | null {
  const match = HEADING.exec(text.trim());
  if (!match) return null;
  const [, numeral = '', levelChar = '', title = ''] = match;
  const number = parseChineseNumber(numeral);
  const level = LEVELS[levelChar];
  if (number === null || level === undefined) {
    throw new Error(`seed line ${lineNo}: unreadable heading number in "${text}"`);
  }
  return { level, number, label: `第${numeral}${levelChar}`, title: title.trim() };
}

export function classifyLine(line: SourceLine): LineClass {
  const text = line.text.trim();
  if (text === '') return { kind: 'blank' };
  const heading = parseHeading(text, line.no);
  if (heading) return { kind: 'heading', heading };
  const column = COLUMN.exec(text);
  if (column) {
    const [, digits, rest = ''] = column;
    return { kind: 'column', number: digits === undefined ? null : Number(digits), rest: rest.trim() };
  }
  const image = IMAGE.exec(text);
  if (image?.[1]) return { kind: 'image', name: image[1] };
  if (TOC.test(text)) return { kind: 'toc' };
  return { kind: 'prose' };
}
