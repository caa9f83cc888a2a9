import type { Links, ProjectRecord, RefKind } from '../data/links-types';
import type { ColumnItem, Plan, PlanColumn, PlanParagraph } from '../data/plan-types';

/** One step of where a passage sits: 第二篇, 第五章, 第一节, 序, 专栏5, or a column's heading as published. */
export type Crumb =
  | { kind: 'part' | 'chapter' | 'section'; number: number; label: string }
  | { kind: 'preface' }
  | { kind: 'column'; number: number }
  | { kind: 'heading'; text: string };

/** A passage of the plan a reference can point at: its text and where it sits. */
export interface Passage {
  id: string;
  kind: RefKind;
  text: string;
  /** 第三篇 › 第六章 › 第一节, or 专栏5 › 水利工程. */
  breadcrumb: Crumb[];
  /** The chapter it belongs to (for grouping), e.g. "c06". */
  chapter: string | null;
  /** Document order, for sorting. */
  order: number;
}

/** Everything the panels and the reader look up, built once when the plan loads. */
export interface PlanIndex {
  plan: Plan;
  links: Links;
  passages: Map<string, Passage>;
  projects: Map<string, ProjectRecord>;
  /** The paragraphs of each chapter, in order (the reader shows a chapter at a time). */
  chapterBlocks: Map<string, string[]>;
}

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
