import type { PlanColumn, PlanFigure } from '../../src/data/plan-types';
import { restoreColumnTitle, restoreFigureCaption } from './headings';
import type { NoteLog } from './notes';
import { parseGroups } from './parse-groups';
import type { ColumnDraft, FigureDraft } from './parse-structure';
import { findSchema, parseTable } from './parse-table';
import { isTownSystem, parseTownSystem } from './parse-town-system';

/**
 * Turns a 专栏 draft into a column. Its kind is read from its content: an indicator
 * table (its header matches a known schema), the town system (every line is a tier),
 * or otherwise categories with their items.
 */
export function parseColumn(draft: ColumnDraft, log: NoteLog): PlanColumn {
  const { id, number, location, heading, content } = draft;
  const restored = restoreColumnTitle(number, draft.printedNumber, draft.rest);
  if (restored.repairs.length > 0) {
    log.add(
      'column-heading',
      [heading.no],
      [id],
      `line ${heading.no}: heading "${heading.text.trim()}" → "专栏${number} ${restored.text}": ${restored.repairs.join('; ')}`,
    );
  }
  const last = content[content.length - 1]?.no ?? heading.no;
  const base = {
    id,
    number,
    title: restored.text,
    rawHeading: heading.text.trim(),
    restored: restored.repairs.length > 0,
    part: location.part,
    chapter: location.chapter,
    section: location.section,
    lines: [heading.no, last] as [number, number],
  };
  const schema = findSchema(content);
  if (schema) {
    const table = parseTable(id, schema, content, log);
    return { ...base, kind: 'table', header: table.header, rows: table.rows, footnote: table.footnote };
  }
  if (isTownSystem(content)) return { ...base, kind: 'town-system', tiers: parseTownSystem(id, content, log) };
  return { ...base, kind: 'categories', groups: parseGroups(id, content, log) };
}

/** Turns an image placeholder and its caption into a figure; the placeholder itself is dropped. */
export function parseFigure(draft: FigureDraft, log: NoteLog): PlanFigure {
  const { id, number, image, caption, location } = draft;
  log.add(
    'image-placeholder',
    [image.no],
    [id],
    `line ${image.no}: image placeholder "${draft.imageName}" (the image is not in the text); dropped`,
  );
  if (!caption) throw new Error(`seed line ${image.no}: image ${draft.imageName} has no caption line`);
  const rawCaption = caption.text.trim();
  const restored = restoreFigureCaption(number, rawCaption);
  if (restored.repairs.length > 0) {
    log.add(
      'figure-caption',
      [caption.no],
      [id],
      `line ${caption.no}: caption "${rawCaption}" → "图${number} ${restored.text}": ${restored.repairs.join('; ')}`,
    );
  }
  return {
    id,
    number,
    caption: restored.text,
    rawCaption,
    image: draft.imageName,
    part: location.part,
    chapter: location.chapter,
    section: location.section,
    lines: [image.no, caption.no],
  };
}
