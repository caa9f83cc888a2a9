import type { ExpressionSpecification } from 'maplibre-gl';
import type { ParkProps, PortStatus, TierId, WorkSector, WorkStatus, ZoneId } from '../data/types';

export type ParkCategory = ParkProps['category'];
export type RouteType = 'tourism' | 'cross-border';

/**
 * The one filter, shaped like the plan. Within a dimension the ticked values
 * are alternatives (OR); dimensions combine (AND); an empty dimension lets
 * everything through. "Where" dimensions (zones, counties) act on every kind;
 * "what" dimensions (tiers, port status, park category, route type, work
 * sector and status) choose kinds: once any is ticked, only the ticked kinds
 * remain. The works have two "what" dimensions, which combine (AND).
 */
export interface Filters {
  zones: ZoneId[];
  counties: string[];
  tiers: TierId[];
  portStatus: PortStatus[];
  parkCategory: ParkCategory[];
  routeType: RouteType[];
  workSector: WorkSector[];
  workStatus: WorkStatus[];
}

export type FilterDimension = keyof Filters;

export const EMPTY_FILTERS: Filters = {
  zones: [],
  counties: [],
  tiers: [],
  portStatus: [],
  parkCategory: [],
  routeType: [],
  workSector: [],
  workStatus: [],
};

const WHAT: FilterDimension[] = ['tiers', 'portStatus', 'parkCategory', 'routeType', 'workSector', 'workStatus'];

/** The kinds a filter acts on, and the property each "what" dimension reads. */
export type PlaceKind = 'town' | 'port' | 'park' | 'route' | 'work';
type What = { dimension: FilterDimension; property: string };
const WHAT_OF_KIND: Record<PlaceKind, What[]> = {
  town: [{ dimension: 'tiers', property: 'tier' }],
  port: [{ dimension: 'portStatus', property: 'status' }],
  park: [{ dimension: 'parkCategory', property: 'category' }],
  route: [{ dimension: 'routeType', property: 'route_type' }],
  work: [
    { dimension: 'workSector', property: 'sector' },
    { dimension: 'workStatus', property: 'status' },
  ],
};

/** The fields of a place the filter reads: its county, or (a work) the counties it lies in. */
export interface Filterable {
  kind: PlaceKind;
  zones: readonly string[];
  county?: string | null;
  counties?: readonly string[];
  [property: string]: unknown;
}

/** Whether a place lies in a county. */
function inCounty(place: Filterable, county: string): boolean {
  return place.counties ? place.counties.includes(county) : place.county === county;
}

export function isFilterActive(f: Filters): boolean {
  return Object.values(f).some((values) => values.length > 0);
}

/** Whether a place passes the filter, ignoring one dimension (for "what it would leave" counts). */
export function passes(place: Filterable, f: Filters, ignore?: FilterDimension): boolean {
  const on = (d: FilterDimension) => d !== ignore && f[d].length > 0;
  if (on('zones') && !f.zones.some((z) => place.zones.includes(z))) return false;
  // Routes cross counties; the county filter speaks of places (a work: of the counties it lies in).
  if (on('counties') && place.kind !== 'route' && !f.counties.some((c) => inCounty(place, c))) return false;
  if (!WHAT.some(on)) return true;
  const own = WHAT_OF_KIND[place.kind];
  const ticked = own.filter((w) => on(w.dimension));
  // None of its own kind's dimensions ticked: other kinds are chosen, unless this count is for
  // one of its own dimensions (it would come back if a value were ticked).
  if (ticked.length === 0) return own.some((w) => w.dimension === ignore);
  return ticked.every((w) => (f[w.dimension] as string[]).includes(String(place[w.property])));
}

/**
 * The same test as a MapLibre filter expression, for the labels of one kind
 * (a kind left out by the "what" dimensions is dropped by `isKindShown`). The
 * symbols themselves are dimmed by feature-state, which re-lays out nothing.
 */
export function filterExpression(kind: PlaceKind, f: Filters): ExpressionSpecification {
  const what = WHAT_OF_KIND[kind]
    .filter(({ dimension }) => f[dimension].length > 0)
    .map(({ dimension, property }): ExpressionSpecification => ['in', ['get', property], ['literal', f[dimension]]]);
  return ['all', true, ...whereParts(kind, f), ...what];
}

/** The "where" half of the filter alone (zones, counties), for layers whose "what" is their own. */
export function whereExpression(kind: PlaceKind, f: Filters): ExpressionSpecification {
  return ['all', true, ...whereParts(kind, f)];
}

function whereParts(kind: PlaceKind, f: Filters): ExpressionSpecification[] {
  const parts: ExpressionSpecification[] = [];
  if (f.zones.length > 0) {
    parts.push(['any', ...f.zones.map((z): ExpressionSpecification => ['in', z, ['get', 'zones']])]);
  }
  if (f.counties.length > 0 && kind === 'work')
    parts.push(['any', ...f.counties.map((c): ExpressionSpecification => ['in', c, ['get', 'counties']])]);
  else if (f.counties.length > 0 && kind !== 'route') parts.push(['in', ['get', 'county'], ['literal', f.counties]]);
  return parts;
}

/** False when the "what" dimensions choose other kinds only. */
export function isKindShown(kind: PlaceKind, f: Filters): boolean {
  return !WHAT.some((d) => f[d].length > 0) || WHAT_OF_KIND[kind].some(({ dimension }) => f[dimension].length > 0);
}

/** Toggles one value of one dimension. */
export function toggle(f: Filters, dimension: FilterDimension, value: string): Filters {
  const values = f[dimension] as string[];
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  return { ...f, [dimension]: next };
}

/** Whether a place has a given value in a dimension (what a filter option stands for). */
export function matches(place: Filterable, dimension: FilterDimension, value: string): boolean {
  if (dimension === 'zones') return place.zones.includes(value);
  if (dimension === 'counties') return place.kind !== 'route' && inCounty(place, value);
  const own = WHAT_OF_KIND[place.kind].find((w) => w.dimension === dimension);
  return own !== undefined && String(place[own.property]) === value;
}

/** How many places an option would show: those passing every other dimension that have its value. */
export function optionCount(
  places: readonly Filterable[],
  f: Filters,
  dimension: FilterDimension,
  value: string,
): number {
  return places.filter((p) => passes(p, f, dimension) && matches(p, dimension, value)).length;
}
