import type { Links, MentionSpan, ProjectRecord, RefKind } from '../data/links-types';
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

/**
 * The text of a passage cut into plain runs and mentions, for highlighting and links.
 * Where two spans cover one name (桑珠孜区江当乡: town and county), `prefer` wins.
 */
export function splitBySpans(
  text: string,
  spans: readonly MentionSpan[],
  prefer?: string,
): { text: string; feature?: string }[] {
  const runs: { text: string; feature?: string }[] = [];
  const preferred = (s: MentionSpan) => (s.feature === prefer ? 0 : 1);
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start || preferred(a) - preferred(b))) {
    if (s.start < at) continue; // overlapping spans: the earlier one wins
    if (s.start > at) runs.push({ text: text.slice(at, s.start) });
    runs.push({ text: text.slice(s.start, s.end), feature: s.feature });
    at = s.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}

/**
 * A window of a passage around its first mention of `feature`, with the spans
 * moved to the window; whole text when it is short.
 */
export function excerpt(
  text: string,
  spans: readonly MentionSpan[],
  feature: string,
  radius = 48,
): { text: string; spans: MentionSpan[]; cutBefore: boolean; cutAfter: boolean } {
  const first = spans.find((s) => s.feature === feature);
  if (!first || text.length <= radius * 3) return { text, spans: [...spans], cutBefore: false, cutAfter: false };
  const from = Math.max(0, first.start - radius);
  const to = Math.min(text.length, first.end + radius * 2);
  return {
    text: text.slice(from, to),
    spans: spans
      .filter((s) => s.start >= from && s.end <= to)
      .map((s) => ({ ...s, start: s.start - from, end: s.end - from })),
    cutBefore: from > 0,
    cutAfter: to < text.length,
  };
}

/** A feature's passages: the primary ones, then the others grouped by chapter, then its projects by column. */
export function passagesOfFeature(index: PlanIndex, feature: string) {
  const refs = index.links.byFeature[feature] ?? [];
  // A 专栏 item split into projects is shown through its projects, not twice.
  const splitItems = new Set(
    refs.flatMap((r) => (r.kind === 'project' ? [index.projects.get(r.ref)?.item ?? ''] : [])),
  );
  const primary: Passage[] = [];
  const byChapter = new Map<string, Passage[]>();
  const byColumn = new Map<number, ProjectRecord[]>();
  for (const ref of refs) {
    if (ref.kind === 'project') {
      const project = index.projects.get(ref.ref);
      if (project) byColumn.set(project.column, [...(byColumn.get(project.column) ?? []), project]);
      continue;
    }
    const passage = index.passages.get(ref.ref);
    if (!passage || (!ref.primary && splitItems.has(ref.ref))) continue;
    if (ref.primary) primary.push(passage);
    else {
      const key = passage.chapter ?? '';
      byChapter.set(key, [...(byChapter.get(key) ?? []), passage]);
    }
  }
  const chapters = [...byChapter.entries()]
    .map(([chapter, list]) => ({ chapter, passages: list.sort((a, b) => a.order - b.order) }))
    .sort((a, b) => (a.passages[0]?.order ?? 0) - (b.passages[0]?.order ?? 0));
  const columns = [...byColumn.entries()].sort(([a], [b]) => a - b).map(([column, projects]) => ({ column, projects }));
  return { primary, chapters, columns };
}
