import type { Crumb, PlanIndex } from '../plan/plan-index';

/** The chapter a reader should show for a paragraph (or block) id: the id's own chapter prefix. */
export function chapterOfBlock(index: PlanIndex, blockId: string | null): string | null {
  if (!blockId) return null;
  const passage = index.passages.get(blockId);
  if (passage?.chapter) return passage.chapter;
  const column = index.plan.columns.find((c) => c.id === blockId);
  if (column) return `c${String(column.chapter).padStart(2, '0')}`;
  const match = /^(c\d\d)/.exec(blockId);
  return match?.[1] ?? null;
}

export interface SearchHit {
  id: string;
  breadcrumb: Crumb[];
  text: string;
}

/** Paragraphs and column items containing the query (plain substring: the plan's words are what people search). */
export function searchPlan(index: PlanIndex, query: string, limit = 60): SearchHit[] {
  const q = query.trim();
  if (q.length === 0) return [];
  const hits: SearchHit[] = [];
  const sorted = [...index.passages.values()].filter((p) => p.kind !== 'project').sort((a, b) => a.order - b.order);
  for (const p of sorted) {
    const at = p.text.indexOf(q);
    if (at < 0) continue;
    const from = Math.max(0, at - 20);
    hits.push({
      id: p.id,
      breadcrumb: p.breadcrumb,
      text: `${from > 0 ? '…' : ''}${p.text.slice(from, at + q.length + 40)}…`,
    });
    if (hits.length >= limit) break;
  }
  return hits;
}
