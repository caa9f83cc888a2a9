import type { Links, MentionSpan, ProjectRecord, RefKind } from '../data/links-types';
import type { Plan } from '../data/plan-types';

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

/** The text of a passage cut into plain runs and mentions, for highlighting and links. */
export function splitBySpans(text: string, spans: readonly MentionSpan[]): { text: string; feature?: string }[] {
  const runs: { text: string; feature?: string }[] = [];
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
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
