import type { Lexicon, ListPattern } from './lexicon';

/** One listed stem: “里孜” in “吉隆、里孜、樟木口岸”, with the county that may prefix it. */
export interface ListItem {
  start: number;
  end: number;
  feature: string;
  county: string | null;
}

/** A list of stems sharing one head noun; [start, end) covers the whole list and the head. */
export interface ListMatch {
  start: number;
  end: number;
  items: ListItem[];
}

/** Separators between listed stems: 、 — - 或 (“日屋—陈塘口岸”, “樟木或吉隆口岸”). */
const SEPARATORS = new Set(['、', '—', '－', '-', '或']);

function stemAt(text: string, at: number, pattern: ListPattern, lexicon: Lexicon): ListItem | null {
  const prefixes = [...lexicon.countyNames, { name: '', id: null }];
  for (const prefix of prefixes) {
    if (!text.startsWith(prefix.name, at)) continue;
    const stemStart = at + prefix.name.length;
    const stem = pattern.stems.find((s) => text.startsWith(s.stem, stemStart));
    if (stem) return { start: at, end: stemStart + stem.stem.length, feature: stem.feature, county: prefix.id };
  }
  return null;
}

/** Two or more stems joined by separators, then (等) and the head: each stem names stem+head. */
function listAt(text: string, at: number, pattern: ListPattern, lexicon: Lexicon): ListMatch | null {
  const items: ListItem[] = [];
  let cursor = at;
  for (;;) {
    const item = stemAt(text, cursor, pattern, lexicon);
    if (!item) return null;
    items.push(item);
    cursor = item.end;
    if (SEPARATORS.has(text[cursor] ?? '')) {
      cursor++;
      continue;
    }
    break;
  }
  if (items.length < 2) return null;
  const etc = text[cursor] === '等';
  const headAt = etc ? cursor + 1 : cursor;
  if (!text.startsWith(pattern.head, headAt)) return null;
  const end = headAt + pattern.head.length;
  // Written out in full, the last stem and the head are the feature's name.
  const last = items[items.length - 1]!;
  if (!etc) last.end = end;
  return { start: at, end, items };
}

/** The list ellipses of a text, left to right, not overlapping. */
export function findLists(text: string, lexicon: Lexicon): ListMatch[] {
  const matches: ListMatch[] = [];
  let at = 0;
  while (at < text.length) {
    let found: ListMatch | null = null;
    for (const pattern of lexicon.lists) {
      found = listAt(text, at, pattern, lexicon);
      if (found) break;
    }
    if (found) {
      matches.push(found);
      at = found.end;
    } else at++;
  }
  return matches;
}
