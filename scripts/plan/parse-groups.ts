import type { ColumnGroup } from '../../src/data/plan-types';
import type { NoteLog } from './notes';
import type { SourceLine } from './read-lines';

export interface LabelSplit {
  label: string;
  text: string;
  /** What stood between label and text: `:` as published, `。` in error, or nothing (lost). */
  separator: ':' | '。' | '';
}

// A category name ends in 工程项目, 项目 or 工程 (the lazy match takes the first such ending,
// and at any position prefers the longer 工程项目).
const LABEL_SUFFIX = /^(.+?(?:工程项目|项目|工程))/;

/**
 * Splits a column line into its category name and its entry. Most lines read
 * `<name>:<entry>`; in many the colon was lost (`水利骨干枢纽工程项目湘河水利枢纽…`), and
 * then the name ends at its first 项目/工程. A colon further on (`…打造项目珠峰之旅:…`)
 * belongs to the entry.
 */
export function splitLabel(line: string): LabelSplit | null {
  const colon = line.search(/[:：]/);
  const suffix = LABEL_SUFFIX.exec(line)?.[1];
  if (colon > 0 && (suffix === undefined || colon <= suffix.length)) {
    return { label: line.slice(0, colon), text: line.slice(colon + 1), separator: ':' };
  }
  if (suffix === undefined || suffix.length === line.length) return null;
  const after = line.slice(suffix.length);
  if (after.startsWith('。')) return { label: suffix, text: after.slice(1), separator: '。' };
  return { label: suffix, text: after, separator: '' };
}

/** Park names that a 专栏10 entry lists after 包含, run together (`…产业园江当…产业园…`). */
export function splitIncludes(text: string): string[] {
  const list = /^包含(.+?)重点发展/.exec(text)?.[1];
  if (!list) return [];
  return list.match(/.+?(?:产业园|示范园|园区)/g) ?? [];
}

/** Reads a category column: one category per line, its entry as published. */
export function parseGroups(columnId: string, content: readonly SourceLine[], log: NoteLog): ColumnGroup[] {
  return content.map((line, index) => {
    const id = `${columnId}.g${index + 1}`;
    const text = line.text.trim();
    const split = splitLabel(text);
    if (!split) throw new Error(`seed line ${line.no}: cannot find the category name in "${text}"`);
    if (split.separator === '') {
      log.add(
        'lost-separator',
        [line.no],
        [id],
        `line ${line.no}: the colon after the category "${split.label}" was lost; split after its name`,
      );
    } else if (split.separator === '。') {
      log.add(
        'lost-punctuation',
        [line.no],
        [id],
        `line ${line.no}: the category "${split.label}" is followed by 。 instead of a colon`,
      );
    }
    const includes = splitIncludes(split.text);
    if (includes.length > 1) {
      log.add(
        'lost-separator',
        [line.no],
        [id],
        `line ${line.no}: the parks "${split.label}" includes are run together without separators; split after each 产业园/园区`,
      );
    }
    return {
      id,
      label: split.label,
      includes,
      items: [{ id: `${id}.i1`, text: split.text, lines: [line.no] }],
      line: line.no,
    };
  });
}
