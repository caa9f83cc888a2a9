import type { MentionSpan } from '../../src/data/links-types';
import type { LexEntry, Lexicon } from './lexicon';
import { findLists, type ListMatch } from './lists';
import { CENTRAL_CITY_WORDS } from './reviewed';

export interface FindOptions {
  /** The text is an entry of the town-system column (专栏4): a bare 桑珠孜区 is the 中心城市. */
  townSystem?: boolean;
}

/** A name the finder saw but could not attribute. */
export interface UnresolvedMention {
  start: number;
  end: number;
  surface: string;
  candidates: string[];
}

export interface FindResult {
  spans: MentionSpan[];
  unresolved: UnresolvedMention[];
}

const SENTENCE_END = /[。；;！？!?]/u;
const CLAUSE_END = /[。；;！？!?,，:：]/u;

/** [start, end) of the run of `text` around `at` that no `delimiter` interrupts. */
function runAround(text: string, at: number, end: number, delimiter: RegExp): [number, number] {
  let from = at;
  while (from > 0 && !delimiter.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !delimiter.test(text[to]!)) to++;
  return [from, to];
}

function leadSentence(text: string): string {
  const [, to] = runAround(text, 0, 0, SENTENCE_END);
  return text.slice(0, to);
}

/** The longest entry matching at `at` that ends by `limit` and whose context conditions hold. */
function longestAt(text: string, at: number, limit: number, lexicon: Lexicon): LexEntry | null {
  const candidates = lexicon.byFirstChar.get(text[at]!) ?? [];
  for (const entry of candidates) {
    const end = at + entry.surface.length;
    if (end > limit || !text.startsWith(entry.surface, at)) continue;
    if (entry.before && !entry.before.test(text.slice(0, at))) continue;
    if (entry.after && !entry.after.test(text.slice(end))) continue;
    return entry;
  }
  return null;
}

/**
 * Finds the features a text names: list ellipses first (吉隆、樟木、里孜口岸), then,
 * left to right, the longest name at each position, so 吉隆口岸 is the port and
 * 吉隆县吉隆镇 the town. Offsets are UTF-16 indices into `text`.
 */
export function findMentions(text: string, lexicon: Lexicon, options: FindOptions = {}): FindResult {
  const spans: MentionSpan[] = [];
  const unresolved: UnresolvedMention[] = [];
  const lists: ListMatch[] = findLists(text, lexicon);
  const townSystemLead = CENTRAL_CITY_WORDS.test(leadSentence(text));
  let lastCounty: string | null = null;
  let nextList = 0;
  let at = 0;

  while (at < text.length) {
    const list = lists[nextList];
    if (list && at >= list.start) {
      for (const item of list.items) {
        spans.push({ feature: item.feature, start: item.start, end: item.end });
        if (item.county) lastCounty = item.county;
      }
      at = list.end;
      nextList++;
      continue;
    }
    const entry = longestAt(text, at, list ? list.start : text.length, lexicon);
    if (!entry) {
      at++;
      continue;
    }
    const start = at;
    const end = at + entry.surface.length;
    const add = (feature: string) => spans.push({ feature, start, end });
    const rule = entry.rule;
    switch (rule.type) {
      case 'fixed':
        entry.features.forEach(add);
        break;
      case 'central-city': {
        entry.features.forEach(add);
        const [from, to] = runAround(text, start, end, SENTENCE_END);
        if (options.townSystem || townSystemLead || CENTRAL_CITY_WORDS.test(text.slice(from, to))) add(rule.town);
        break;
      }
      case 'same-name': {
        const match = rule.candidates.find((id) => lastCounty !== null && countyOfTown(id, lexicon) === lastCounty);
        if (match) add(match);
        else unresolved.push({ start, end, surface: entry.surface, candidates: rule.candidates });
        break;
      }
      case 'context': {
        const [from, to] = runAround(text, start, end, CLAUSE_END);
        const clause = text.slice(from, start) + text.slice(end, to);
        const choice = rule.choices.find((c) => c.near.test(clause));
        const feature = choice ? choice.feature : rule.fallback;
        if (feature) add(feature);
        else
          unresolved.push({
            start,
            end,
            surface: entry.surface,
            candidates: rule.choices.map((c) => c.feature),
          });
        break;
      }
    }
    if (entry.county) lastCounty = entry.county;
    at = end;
  }
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  return { spans, unresolved };
}

/** The county of a town, read from its county+town compound entry. */
function countyOfTown(town: string, lexicon: Lexicon): string | null {
  const compound = lexicon.entries.find((e) => e.origin === 'compound' && e.features[0] === town);
  return compound ? compound.county : null;
}
