import type { MentionSpan, ProjectRecord } from '../data/links-types';
import type { Passage, PlanIndex } from './plan-index';

// How the panels show a feature's passages. Apart from plan-index.ts, which the
// first script needs to index the plan, so that this loads with the panels.

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
