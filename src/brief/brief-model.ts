import type { GeoData } from '../data/load-geodata';

/** The files a brief reads. */
export type BriefData = Pick<GeoData, 'counties' | 'zones' | 'towns' | 'ports' | 'parks'>;

import type { CountyPartProps, CountyProps, ParkProps, PortProps, TownProps, ZoneProps } from '../data/types';
import { excerpt } from '../plan/passage-view';
import type { Crumb, PlanIndex } from '../plan/plan-index';
import {
  classOf,
  PARK_CLASSES,
  PORT_STATUS_CLASSES,
  type SymbolClass,
  TIER_CLASSES,
  type TierClass,
  ZONE_CLASSES,
} from '../symbology/classes';

/**
 * How much of each list a brief prints. The fullest county (桑珠孜区) does not fit at the
 * first level; the page steps down until it does, cutting quotes and lists, never the
 * text size. Level 0 is the most complete.
 */
export interface BriefDetail {
  /** Role quotes per town. */
  quotes: number;
  /** Characters of a quote, a port's line or a park's focus; 0 leaves them out. */
  quoteChars: number;
  /** Each tier's towns on one line, names only. */
  inlineTowns: boolean;
  projects: number;
  projectChars: number;
  passages: number;
  /** Characters of a passage's excerpt; 0 cites it without text. */
  passageChars: number;
}

export const BRIEF_DETAIL: readonly BriefDetail[] = [
  { quotes: 2, quoteChars: 80, inlineTowns: false, projects: 8, projectChars: 110, passages: 8, passageChars: 100 },
  { quotes: 1, quoteChars: 60, inlineTowns: false, projects: 7, projectChars: 80, passages: 6, passageChars: 72 },
  { quotes: 1, quoteChars: 40, inlineTowns: false, projects: 6, projectChars: 56, passages: 5, passageChars: 48 },
  { quotes: 0, quoteChars: 30, inlineTowns: false, projects: 5, projectChars: 40, passages: 4, passageChars: 0 },
  { quotes: 0, quoteChars: 0, inlineTowns: true, projects: 5, projectChars: 40, passages: 4, passageChars: 0 },
];

export interface BriefZone {
  zone: ZoneProps;
  symbol: SymbolClass;
  /** The start of the zone's defining passage, and where it is. */
  role: string;
  roleRef: string | null;
}

export interface BriefTown {
  town: TownProps;
  quotes: string[];
}

export interface BriefPassage {
  id: string;
  breadcrumb: Crumb[];
  text: string;
}

export interface BriefProject {
  id: string;
  column: number;
  category: string;
  text: string;
}

/** A list cut to what the page holds, and how many were left out. */
export interface Cut<T> {
  items: T[];
  more: number;
}

export interface CountyBrief {
  county: CountyProps;
  zones: BriefZone[];
  /** 仲巴县 and 萨嘎县: the 边境沿线 and inland parts, with the townships of each and their basis. */
  parts: CountyPartProps[];
  towns: { tier: TierClass; items: BriefTown[] }[];
  /** The towns of a tier on one line, names only (the fullest counties). */
  inlineTowns: boolean;
  ports: { port: PortProps; status: SymbolClass | undefined; quote: string }[];
  parks: { park: ParkProps; symbol: SymbolClass | undefined; focus: string }[];
  projects: Cut<BriefProject>;
  passages: Cut<BriefPassage>;
}

/** Cut to `n` characters, with an ellipsis when something was cut (nothing at all when `n` is 0). */
export function clip(text: string, n: number): string {
  if (n <= 0) return '';
  return text.length <= n ? text : `${text.slice(0, n - 1)}…`;
}

const cut = <T>(list: readonly T[], n: number): Cut<T> => ({
  items: list.slice(0, n),
  more: Math.max(0, list.length - n),
});

/** The ids of everything the map places in the county: itself, its towns, ports and parks. */
function placesIn(data: BriefData, county: string): Set<string> {
  const inCounty = (f: { properties: { county: string | null } }) => f.properties.county === county;
  return new Set([
    county,
    ...data.towns.features.filter(inCounty).map((f) => f.properties.id),
    ...data.ports.features.filter(inCounty).map((f) => f.properties.id),
    ...data.parks.features.filter(inCounty).map((f) => f.properties.id),
  ]);
}

/** The first passage the plan defines a feature by (its primary ref), clipped. */
function definingPassage(index: PlanIndex, feature: string, chars: number): { text: string; ref: string | null } {
  const ref = index.links.byFeature[feature]?.find((r) => r.primary && r.kind !== 'project');
  const passage = ref ? index.passages.get(ref.ref) : undefined;
  if (!passage) return { text: '', ref: null };
  const spans = index.links.spans[passage.id] ?? [];
  return { text: clip(excerpt(passage.text, spans, feature, chars / 3).text, chars), ref: passage.id };
}

/**
 * What the plan asks of one county, for its one-page brief: its zones and their roles, its
 * towns by tier with their role quotes, ports with status, parks with their focus, the key
 * projects that name it or its places, and the passages about it, each cut to `detail`.
 */
export function countyBrief(data: BriefData, index: PlanIndex, countyId: string, detail: BriefDetail): CountyBrief {
  const county = data.counties.features.find((f) => f.properties.id === countyId)?.properties;
  if (!county) throw new Error(`no county ${countyId}`);
  const zoneFeatures = data.zones.features
    .map((f) => f.properties)
    .filter((p): p is ZoneProps => p.kind === 'zone' && county.zones.includes(p.id));
  const zones = zoneFeatures.flatMap((zone) => {
    const symbol = classOf(ZONE_CLASSES, zone.id);
    if (!symbol) return [];
    const role = definingPassage(index, zone.id, Math.max(detail.passageChars, detail.quoteChars));
    return [{ zone, symbol, role: role.text, roleRef: role.ref }];
  });

  const towns = TIER_CLASSES.map((tier) => ({
    tier,
    items: data.towns.features
      .map((f) => f.properties)
      .filter((t) => t.county === countyId && t.tier === tier.value)
      .map((town) => ({
        town,
        quotes: town.role_quotes.slice(0, detail.quotes).map((q) => clip(q, detail.quoteChars)),
      })),
  })).filter((g) => g.items.length > 0);

  const ports = data.ports.features
    .map((f) => f.properties)
    .filter((p) => p.county === countyId)
    .map((port) => ({
      port,
      status: classOf(PORT_STATUS_CLASSES, port.status),
      quote: clip(port.plan_quote, detail.quoteChars),
    }));
  const parks = data.parks.features
    .map((f) => f.properties)
    .filter((p) => p.county === countyId)
    .map((park) => ({
      park,
      symbol: classOf(PARK_CLASSES, park.category),
      focus: clip(park.focus, detail.quoteChars),
    }));

  const places = placesIn(data, countyId);
  const projects = index.links.projects
    .filter((p) => p.places.some((id) => places.has(id)))
    .map((p) => ({ id: p.id, column: p.column, category: p.category, text: clip(p.text, detail.projectChars) }));

  // The paragraphs that name the county itself, in the plan's order (its places' own passages are
  // quoted with them above, and the 专栏 items are listed as projects).
  const passages = (index.links.byFeature[countyId] ?? [])
    .filter((r) => r.kind === 'paragraph')
    .flatMap((r) => {
      const passage = index.passages.get(r.ref);
      return passage ? [passage] : [];
    })
    .sort((a, b) => a.order - b.order)
    .map((p) => {
      if (detail.passageChars <= 0) return { id: p.id, breadcrumb: p.breadcrumb, text: '' };
      const part = excerpt(p.text, index.links.spans[p.id] ?? [], countyId, detail.passageChars / 3);
      return {
        id: p.id,
        breadcrumb: p.breadcrumb,
        text: `${part.cutBefore ? '…' : ''}${clip(part.text, detail.passageChars)}`,
      };
    });

  const parts = data.zones.features
    .map((f) => f.properties)
    .filter((p): p is CountyPartProps => p.kind === 'county-part' && p.county === countyId)
    // The border side first, as the plan names it first.
    .sort((a, b) => (a.zone === 'border-belt' ? -1 : 0) - (b.zone === 'border-belt' ? -1 : 0));

  return {
    county,
    zones,
    parts,
    towns,
    inlineTowns: detail.inlineTowns,
    ports,
    parks,
    projects: cut(projects, detail.projects),
    passages: cut(passages, detail.passages),
  };
}
