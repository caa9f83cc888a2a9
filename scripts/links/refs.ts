import type { RefKind } from '../../src/data/links-types';
import type { CategoryColumn, ColumnGroup, ColumnItem, Plan, PlanColumn } from '../../src/data/plan-types';

/** A passage a feature can link to: a paragraph or a column item (专栏4: a town entry). */
export interface PlanRef {
  id: string;
  kind: Extract<RefKind, 'paragraph' | 'column-item'>;
  text: string;
  /** Chapter number (null for the resolution and preface). */
  chapter: number | null;
  /** The column the item belongs to (null for paragraphs). */
  column: PlanColumn | null;
  /** Category items: their group and the item (the projects are split from it). */
  group: ColumnGroup | null;
  item: ColumnItem | null;
}

function columnRefs(column: PlanColumn): PlanRef[] {
  const base = { kind: 'column-item', chapter: column.chapter, column } as const;
  if (column.kind === 'categories')
    return column.groups.flatMap((group) =>
      group.items.map((item) => ({ ...base, id: item.id, text: item.text, group, item })),
    );
  if (column.kind === 'town-system')
    return column.tiers.flatMap((tier) =>
      tier.entries.map((entry) => ({ ...base, id: entry.id, text: entry.written, group: null, item: null })),
    );
  return []; // 专栏1–2: indicator tables, which name no place
}

/**
 * The paragraphs and column items of the plan in reading order (the resolution
 * and preface, then each part's lead, chapters and sections by their blocks).
 * Throws if a paragraph or column is not reached exactly once.
 */
export function planRefs(plan: Plan): PlanRef[] {
  const paragraphs = new Map(plan.paragraphs.map((p) => [p.id, p]));
  const columns = new Map(plan.columns.map((c) => [c.id, c]));
  const sections = new Map(plan.sections.map((s) => [s.id, s]));
  const chapters = new Map(plan.chapters.map((c) => [c.id, c]));
  const refs: PlanRef[] = [];
  const seen = new Set<string>();

  const visit = (id: string) => {
    if (seen.has(id)) throw new Error(`links: block ${id} is reached twice in plan.json`);
    seen.add(id);
    const paragraph = paragraphs.get(id);
    if (paragraph) {
      const ref = { id, kind: 'paragraph', text: paragraph.text, chapter: paragraph.chapter } as const;
      refs.push({ ...ref, column: null, group: null, item: null });
      return;
    }
    const column = columns.get(id);
    if (column) refs.push(...columnRefs(column));
    // figures carry a caption only
  };
  const lookup = <T>(map: Map<string, T>, id: string): T => {
    const found = map.get(id);
    if (!found) throw new Error(`links: plan.json lists ${id}, which it does not define`);
    return found;
  };

  for (const paragraph of plan.paragraphs) if (paragraph.part === null) visit(paragraph.id);
  for (const part of plan.parts) {
    part.blocks.forEach(visit);
    for (const chapterId of part.chapters) {
      const chapter = lookup(chapters, chapterId);
      chapter.blocks.forEach(visit);
      for (const sectionId of chapter.sections) lookup(sections, sectionId).blocks.forEach(visit);
    }
  }
  for (const id of [...paragraphs.keys(), ...columns.keys()])
    if (!seen.has(id)) throw new Error(`links: ${id} is in no part, chapter or section of plan.json`);
  return refs;
}

/** The columns whose items are projects: 专栏3 and 专栏5–13 (the category columns). */
export function projectColumns(plan: Plan): CategoryColumn[] {
  const columns = plan.columns.filter((c): c is CategoryColumn => c.kind === 'categories');
  const numbers = columns.map((c) => c.number).join(',');
  if (numbers !== '3,5,6,7,8,9,10,11,12,13')
    throw new Error(`links: expected 专栏3 and 专栏5–13 as category columns, found ${numbers}`);
  return columns;
}
