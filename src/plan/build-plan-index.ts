import type { Links } from '../data/links-types';
import type { ColumnItem, Plan, PlanColumn, PlanParagraph } from '../data/plan-types';
import type { Crumb, Passage, PlanIndex } from './plan-index';

// Built once, when the plan loads: this module loads with the plan's data, not with the map.

const chapterId = (n: number | null) => (n === null ? null : `c${String(n).padStart(2, '0')}`);

export function buildPlanIndex(plan: Plan, links: Links): PlanIndex {
  const partLabel = new Map(plan.parts.map((p) => [p.number, p.label]));
  const chapterLabel = new Map(plan.chapters.map((c) => [c.number, c.label]));
  const sectionLabel = new Map(plan.sections.map((s) => [`${s.chapter}.${s.number}`, s.label]));
  const crumb = (kind: 'part' | 'chapter' | 'section', number: number | null, label: string | undefined): Crumb[] =>
    number !== null && label ? [{ kind, number, label }] : [];
  const crumbs = (p: { part: number | null; chapter: number | null; section: number | null }): Crumb[] => [
    ...crumb('part', p.part, p.part !== null ? partLabel.get(p.part) : undefined),
    ...crumb('chapter', p.chapter, p.chapter !== null ? chapterLabel.get(p.chapter) : undefined),
    ...crumb('section', p.section, p.section !== null ? sectionLabel.get(`${p.chapter}.${p.section}`) : undefined),
  ];

  const passages = new Map<string, Passage>();
  const addParagraph = (p: PlanParagraph) =>
    passages.set(p.id, {
      id: p.id,
      kind: 'paragraph',
      text: p.text,
      breadcrumb: p.part === null ? [{ kind: 'preface' }] : crumbs(p),
      chapter: chapterId(p.chapter),
      order: p.lines[0] ?? 0,
    });
  plan.paragraphs.forEach(addParagraph);

  const addItem = (column: PlanColumn, label: string, item: ColumnItem) =>
    passages.set(item.id, {
      id: item.id,
      kind: 'column-item',
      text: item.text,
      breadcrumb: [
        { kind: 'column', number: column.number },
        { kind: 'heading', text: label },
      ],
      chapter: chapterId(column.chapter),
      order: item.lines[0] ?? column.lines[0],
    });
  for (const column of plan.columns) {
    if (column.kind === 'categories') {
      for (const group of column.groups) for (const item of group.items) addItem(column, group.label, item);
    } else if (column.kind === 'town-system') {
      for (const tier of column.tiers) addItem(column, tier.tier, { id: tier.id, text: tier.text, lines: [tier.line] });
    }
  }

  const projects = new Map(links.projects.map((p) => [p.id, p]));
  for (const p of links.projects) {
    const item = passages.get(p.item);
    passages.set(p.id, {
      id: p.id,
      kind: 'project',
      text: p.text,
      breadcrumb: [
        { kind: 'column', number: p.column },
        { kind: 'heading', text: p.category },
      ],
      chapter: item?.chapter ?? null,
      order: (item?.order ?? 0) + 0.001 * Number(p.id.split('.p').pop() ?? 0),
    });
  }

  const chapterBlocks = new Map<string, string[]>();
  for (const c of plan.chapters) {
    const sections = c.sections.flatMap((sid) => plan.sections.find((s) => s.id === sid)?.blocks ?? []);
    chapterBlocks.set(c.id, [...c.blocks, ...sections]);
  }
  return { plan, links, passages, projects, chapterBlocks };
}

/** Whether the reader can open at this id: a passage, or a 专栏 as a whole (the indicator tables have no items). */
export function isReaderTarget(index: PlanIndex, id: string): boolean {
  return index.passages.has(id) || index.plan.columns.some((c) => c.id === id);
}
