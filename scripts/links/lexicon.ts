import { findMentions } from './finder';
import { type Place, placeById } from './places';
import { ALIASES, CONTEXT_RULES, EXCEPTIONS } from './reviewed';

/** How a match turns into feature ids. */
export type MatchRule =
  /** Always `features` (none: a blocking entry). */
  | { type: 'fixed' }
  /** `features` (the county), plus the 中心城市 town where the text speaks of the town system. */
  | { type: 'central-city'; town: string }
  /** Several towns share the name: the county named before decides. */
  | { type: 'same-name'; candidates: string[] }
  /** The clause decides (樟木: port or town). */
  | { type: 'context'; choices: { near: RegExp; feature: string }[]; fallback: string | null };

export type EntryOrigin = 'name' | 'compound' | 'short-name' | 'alias' | 'exception' | 'context';

export interface LexEntry {
  surface: string;
  features: string[];
  rule: MatchRule;
  origin: EntryOrigin;
  /** The county the surface names (county names, county+town compounds): context for 卡嘎镇. */
  county: string | null;
  before?: RegExp;
  after?: RegExp;
}

/** “X、Y、Z口岸”: stems listed before one head noun, each naming the feature stem+head. */
export interface ListPattern {
  head: string;
  stems: { stem: string; feature: string }[];
}

export interface Lexicon {
  entries: LexEntry[];
  /** Entries by first character, longest first, conditional before unconditional. */
  byFirstChar: Map<string, LexEntry[]>;
  lists: ListPattern[];
  /** County names, which may prefix a stem in a list (亚东县堆纳朗果、仲巴县里孜等边贸市场). */
  countyNames: { name: string; id: string }[];
}

/** Head nouns after which the plan lists ports and markets by their stems. */
export const LIST_HEADS = ['口岸', '边贸市场', '边贸通道'] as const;

/** A belt's name ends in 建设带; the plan also writes it without 带 (“以雅江中上游生态文明高地建设为抓手”, c29.s1.p1). */
const BELT_TAIL = '建设带';

/** Parks named after an irrigation district (拉洛灌区现代农牧业示范区): the district's name (拉洛灌区) names the park. */
const IRRIGATION_HEAD = '灌区';

/** 拉洛灌区现代农牧业示范区 → 拉洛, for each park named “X灌区…”. */
function irrigationStems(places: readonly Place[]): { stem: string; feature: string }[] {
  const stems: { stem: string; feature: string }[] = [];
  for (const park of places.filter((p) => p.kind === 'park')) {
    const at = park.name.indexOf(IRRIGATION_HEAD);
    if (at > 0) stems.push({ stem: park.name.slice(0, at), feature: park.id });
  }
  return stems;
}

/** 吉隆县 → 吉隆; 桑珠孜区 → 桑珠孜. */
export function shortCountyName(name: string): string {
  return name.replace(/[县区]$/u, '');
}

function fixed(surface: string, features: string[], origin: EntryOrigin, county: string | null = null): LexEntry {
  return { surface, features, rule: { type: 'fixed' }, origin, county };
}

/** Builds the finder's dictionary from the features and the reviewed tables. */
export function buildLexicon(places: readonly Place[]): Lexicon {
  const entries: LexEntry[] = [];
  const counties = places.filter((p) => p.kind === 'county');
  const centralTown = places.find((p) => p.kind === 'town' && p.tier === 'central-city');
  if (!centralTown) throw new Error('links: towns.geojson has no 中心城市 town');

  for (const county of counties) {
    const rule: MatchRule =
      county.id === centralTown.county ? { type: 'central-city', town: centralTown.id } : { type: 'fixed' };
    entries.push({ surface: county.name, features: [county.id], rule, origin: 'name', county: county.id });
    entries.push(fixed(shortCountyName(county.name), [county.id], 'short-name', county.id));
  }

  // Towns: a name shared by several towns is resolved by its county; county+town is always the town.
  const towns = places.filter((p) => p.kind === 'town' && p.id !== centralTown.id);
  const byName = new Map<string, Place[]>();
  for (const town of towns) byName.set(town.name, [...(byName.get(town.name) ?? []), town]);
  for (const [name, same] of byName) {
    if (same.length === 1) entries.push(fixed(name, [same[0]!.id], 'name'));
    else
      entries.push({
        surface: name,
        features: [],
        rule: { type: 'same-name', candidates: same.map((t) => t.id) },
        origin: 'name',
        county: null,
      });
  }
  // County+town names the town and the county in front of it, so the county's panel lists the passage too.
  for (const town of towns) {
    if (!town.county) throw new Error(`links: town ${town.id} has no county`);
    entries.push(fixed(`${town.countyName}${town.name}`, [town.id, town.county], 'compound', town.county));
  }

  for (const place of places)
    if (place.kind === 'zone' || place.kind === 'port' || place.kind === 'park' || place.kind === 'route')
      entries.push(fixed(place.name, [place.id], 'name'));
  for (const zone of places.filter((p) => p.kind === 'zone' && p.name.endsWith(BELT_TAIL)))
    entries.push(fixed(zone.name.slice(0, -1), [zone.id], 'short-name'));
  for (const { stem, feature } of irrigationStems(places))
    entries.push(fixed(`${stem}${IRRIGATION_HEAD}`, [feature], 'short-name'));

  for (const alias of ALIASES) {
    for (const id of alias.features) placeById(places, id, `alias “${alias.surface}”`);
    const rule: MatchRule = alias.centralCity ? { type: 'central-city', town: centralTown.id } : { type: 'fixed' };
    entries.push({
      surface: alias.surface,
      features: alias.features,
      rule,
      origin: 'alias',
      county: null,
      before: alias.before,
    });
  }
  for (const exception of EXCEPTIONS) {
    for (const id of exception.features) placeById(places, id, `exception “${exception.surface}”`);
    entries.push({ ...fixed(exception.surface, exception.features, 'exception'), after: exception.after });
  }
  for (const rule of CONTEXT_RULES) {
    for (const choice of rule.choices) placeById(places, choice.feature, `context rule “${rule.surface}”`);
    if (rule.fallback) placeById(places, rule.fallback, `context rule “${rule.surface}”`);
    entries.push({
      surface: rule.surface,
      features: [],
      rule: { type: 'context', choices: rule.choices, fallback: rule.fallback },
      origin: 'context',
      county: null,
    });
  }

  const lexicon: Lexicon = {
    entries,
    byFirstChar: indexByFirstChar(entries),
    lists: listPatterns(places),
    countyNames: counties.map((c) => ({ name: c.name, id: c.id })),
  };
  // A work's name also names the places inside it (中尼铁路日喀则至吉隆段: 吉隆县), which keep the mention.
  // A work whose name is a reviewed exception (a heritage site, counted for its county too) is named there.
  const reviewed = new Set(EXCEPTIONS.map((e) => e.surface));
  for (const work of places.filter((p) => p.kind === 'work' && !reviewed.has(p.name))) {
    const inside = findMentions(work.name, lexicon).spans.map((s) => s.feature);
    entries.push(fixed(work.name, [work.id, ...new Set(inside)], 'name'));
  }
  assertUnambiguous(entries);
  return { ...lexicon, byFirstChar: indexByFirstChar(entries) };
}

/** Two unconditional entries with one surface would make the finder's choice arbitrary. */
function assertUnambiguous(entries: readonly LexEntry[]): void {
  const seen = new Map<string, LexEntry>();
  for (const entry of entries) {
    if (entry.before || entry.after) continue;
    const other = seen.get(entry.surface);
    if (other)
      throw new Error(`links: “${entry.surface}” is both a ${other.origin} and a ${entry.origin} entry of the lexicon`);
    seen.set(entry.surface, entry);
  }
}

function indexByFirstChar(entries: readonly LexEntry[]): Map<string, LexEntry[]> {
  const index = new Map<string, LexEntry[]>();
  for (const entry of entries) {
    const first = entry.surface[0];
    if (first === undefined) throw new Error('links: empty surface in the lexicon');
    index.set(first, [...(index.get(first) ?? []), entry]);
  }
  const conditional = (e: LexEntry) => (e.before || e.after ? 0 : 1);
  for (const list of index.values())
    list.sort((a, b) => b.surface.length - a.surface.length || conditional(a) - conditional(b));
  return index;
}

function listPatterns(places: readonly Place[]): ListPattern[] {
  const ports = LIST_HEADS.map((head) => ({
    head,
    stems: places
      .filter((p) => p.kind === 'port' && p.name.endsWith(head) && p.name.length > head.length)
      .map((p) => ({ stem: p.name.slice(0, -head.length), feature: p.id }))
      .sort((a, b) => b.stem.length - a.stem.length),
  }));
  // “拉洛、湘河灌区” (c04.s3.p1, c11.s1.p1): the two parks' irrigation districts.
  const irrigation = { head: IRRIGATION_HEAD, stems: irrigationStems(places) };
  return [...ports, irrigation];
}

/** Surface forms of a feature: every lexicon surface that can produce it. */
export function surfacesOf(lexicon: Lexicon, feature: string): Set<string> {
  const surfaces = new Set<string>();
  for (const entry of lexicon.entries) {
    const rule = entry.rule;
    const ids = [...entry.features];
    if (rule.type === 'central-city') ids.push(rule.town);
    if (rule.type === 'same-name') ids.push(...rule.candidates);
    if (rule.type === 'context') {
      ids.push(...rule.choices.map((c) => c.feature));
      if (rule.fallback) ids.push(rule.fallback);
    }
    if (ids.includes(feature)) surfaces.add(entry.surface);
  }
  return surfaces;
}

/** Whether `slice` names `feature`: a lexicon surface, or a list element ([county]stem[head]). */
export function isSurfaceOf(lexicon: Lexicon, feature: string, slice: string): boolean {
  if (surfacesOf(lexicon, feature).has(slice)) return true;
  for (const list of lexicon.lists)
    for (const { stem, feature: id } of list.stems) {
      if (id !== feature) continue;
      for (const prefix of ['', ...lexicon.countyNames.map((c) => c.name)])
        if (slice === `${prefix}${stem}` || slice === `${prefix}${stem}${list.head}`) return true;
    }
  return false;
}
