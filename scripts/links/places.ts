import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, Geometry } from 'geojson';
import type {
  CountyProps,
  ParkProps,
  PortProps,
  RouteProps,
  TierId,
  TownProps,
  WorkProps,
  ZonesFileProps,
} from '../../src/data/types';

/** The kinds of map feature a passage or project can concern. */
export type PlaceKind = 'county' | 'zone' | 'town' | 'port' | 'park' | 'route' | 'work';

/** What the link builder needs to know of one map feature. */
export interface Place {
  id: string;
  kind: PlaceKind;
  /** As the plan writes it. */
  name: string;
  /** The county it lies in (a county's own id); null for zones, routes and unlocated parks. */
  county: string | null;
  countyName: string | null;
  /** Towns: their tier. */
  tier: TierId | null;
  /** Ports: the plan's words that set the status, without the line marker. */
  quote: string | null;
  /** Works: the passages and 专栏 projects geodata/works.geojson cites for it (its defining refs). */
  refs: string[] | null;
}

/** The feature files, in the order byFeature lists them. */
export const PLACE_FILES = [
  'counties.geojson',
  'zones.geojson',
  'towns.geojson',
  'ports.geojson',
  'parks.geojson',
  'routes.geojson',
  'works.geojson',
] as const;

function readProps<P>(dir: string, file: string): P[] {
  const collection = JSON.parse(readFileSync(join(dir, file), 'utf8')) as FeatureCollection<Geometry, P>;
  return collection.features.map((feature) => feature.properties);
}

/** `…（原文第1670行）` → `…`: places.json cites the text line after each quote. */
export function stripLineMarker(quote: string): string {
  return quote.replace(/（原文第[^）]*行）\s*$/u, '').trim();
}

const base = { county: null, countyName: null, tier: null, quote: null, refs: null } as const;

/** Reads every feature the links may point at, in file order (zones: only `kind: zone`). */
export function readPlaces(dir: string): Place[] {
  const places: Place[] = [];
  for (const c of readProps<CountyProps>(dir, 'counties.geojson'))
    places.push({ ...base, id: c.id, kind: 'county', name: c.name, county: c.id, countyName: c.name });
  for (const z of readProps<ZonesFileProps>(dir, 'zones.geojson'))
    if (z.kind === 'zone') places.push({ ...base, id: z.id, kind: 'zone', name: z.name });
  for (const t of readProps<TownProps>(dir, 'towns.geojson'))
    places.push({
      ...base,
      id: t.id,
      kind: 'town',
      name: t.name,
      county: t.county,
      countyName: t.county_name,
      tier: t.tier,
    });
  for (const p of readProps<PortProps>(dir, 'ports.geojson'))
    places.push({
      ...base,
      id: p.id,
      kind: 'port',
      name: p.name,
      county: p.county,
      countyName: p.county_name,
      quote: stripLineMarker(p.plan_quote),
    });
  for (const p of readProps<ParkProps>(dir, 'parks.geojson'))
    places.push({ ...base, id: p.id, kind: 'park', name: p.name, county: p.county, countyName: p.county_name });
  for (const r of readProps<RouteProps>(dir, 'routes.geojson'))
    places.push({ ...base, id: r.id, kind: 'route', name: r.name });
  // Works, placed or not: the reader links a mention of any of them.
  for (const w of readProps<WorkProps>(dir, 'works.geojson'))
    places.push({
      ...base,
      id: w.id,
      kind: 'work',
      name: w.name,
      county: w.counties.length === 1 ? w.counties[0]! : null,
      refs: [...w.passages, ...w.projects],
    });
  return places;
}

/** Looks a place up by id; a missing id is a build error that names it. */
export function placeById(places: readonly Place[], id: string, where: string): Place {
  const place = places.find((p) => p.id === id);
  if (!place) throw new Error(`links: ${where} names feature "${id}", which no feature file defines`);
  return place;
}
