import type { Crumb } from '../plan/plan-index';
import type { SearchEntry } from './search-types';

export interface SearchHit {
  id: string;
  kind: SearchEntry['kind'] | 'paragraph' | 'project' | 'user';
  name: string;
  /** The English name of a map feature. */
  nameEn?: string;
  /** Where an imported feature comes from (its layer). */
  detail?: string;
  /** Where a passage or project sits in the plan. */
  crumbs?: Crumb[];
  score: number;
}

const CJK = /[\u3400-\u9fff]/;
const KIND_WEIGHT: Record<string, number> = { county: 6, zone: 6, town: 5, port: 4, park: 3, route: 2, work: 2 };
const TIER_WEIGHT: Record<string, number> = { 'central-city': 0.9, 'key-node': 0.7, node: 0.5, 'key-township': 0.3 };

/** How well one entry answers a query; 0 when it does not. */
export function scoreEntry(e: SearchEntry, query: string): number {
  const q = query.trim().toLowerCase();
  if (!q) return 0;
  let s = 0;
  if (CJK.test(q)) {
    if (e.name === q) s = 100;
    else if (e.name.startsWith(q)) s = 80;
    else if (e.name.includes(q)) s = 60;
  } else {
    const compact = q.replace(/[\s']/g, '');
    if (e.aliases.includes(q)) s = 90;
    else if (e.py === compact) s = 88;
    else if (e.aliases.some((a) => a.startsWith(q))) s = 75;
    else if (e.py.startsWith(compact)) s = 72;
    else if (e.ini === compact) s = 70;
    else if (e.ini.startsWith(compact)) s = 55;
    else if (
      e.name_en
        .toLowerCase()
        .split(/[\s()]+/)
        .some((w) => w.startsWith(q))
    )
      s = 50;
    else if (compact.length >= 3 && e.py.includes(compact)) s = 30;
  }
  if (s === 0) return 0;
  // Among equal matches: counties and the larger towns first, then shorter names.
  return s + (KIND_WEIGHT[e.kind] ?? 0) + (e.tier ? (TIER_WEIGHT[e.tier] ?? 0) : 0) - e.name.length * 0.01;
}

/** The best features for a query, best first. */
export function searchFeatures(entries: readonly SearchEntry[], query: string, limit = 12): SearchHit[] {
  const hits: SearchHit[] = [];
  for (const e of entries) {
    const score = scoreEntry(e, query);
    if (score > 0) hits.push({ id: e.id, kind: e.kind, name: e.name, nameEn: e.name_en, score });
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}
