import type { CountyProps, ZoneProps } from '../data/types';
import { type Filterable, passes } from '../filter/filter-model';
import { bucketsOf, type WhereBucket } from '../filter/user-buckets';
import { parseUserFeatureId } from '../import/user-layer';
import type { AppState } from './app-store';

/** The selected county's properties, or null when nothing (or something else) is selected. */
export function selectSelectedCounty(state: AppState): CountyProps | null {
  const id = state.selectedId;
  if (!id || !state.data) return null;
  return state.data.counties.features.find((f) => f.properties.id === id)?.properties ?? null;
}

export function selectZones(state: AppState): ZoneProps[] {
  if (!state.data) return [];
  return state.data.zones.features.flatMap((f) => (f.properties.kind === 'zone' ? [f.properties] : []));
}

/** Whether an id names a feature the app knows (used to vet ids from links). */
export function selectIsKnownId(state: AppState, id: string): boolean {
  const user = parseUserFeatureId(id);
  if (user) return state.userLayers.some((l) => l.id === user.layerId && user.index < l.features.length);
  return state.data?.byId.has(id) ?? false;
}

/** The zones the selected county belongs to (two for 仲巴县 and 萨嘎县). */
export function selectSelectedCountyZones(state: AppState): ZoneProps[] {
  const county = selectSelectedCounty(state);
  return county ? selectZones(state).filter((z) => county.zones.includes(z.id)) : [];
}

/** The selected feature, whatever its kind, with the source it is drawn from. */
export function selectSelected(state: AppState) {
  const id = state.selectedId;
  return (id && state.data?.byId.get(id)) || null;
}

/** Every place the filter acts on (towns, ports, parks, routes, placed works), computed once per data load. */
const placesCache = new WeakMap<object, Filterable[]>();
const NO_PLACES: Filterable[] = [];
export function selectPlaces(state: AppState): Filterable[] {
  const data = state.data;
  if (!data) return NO_PLACES;
  let places = placesCache.get(data);
  if (!places) {
    places = [
      ...data.towns.features.map((f) => f.properties),
      ...data.ports.features.map((f) => f.properties),
      ...data.parks.features.map((f) => f.properties),
      ...data.routes.features.map((f) => f.properties),
      // Works on the map: an unplaced one is listed, but nothing of it is shown or counted.
      ...data.works.features.filter((f) => f.properties.placed).map((f) => ({ ...f.properties, kind: 'work' })),
    ] as unknown as Filterable[];
    placesCache.set(data, places);
  }
  return places;
}

/** The places that pass the filter, in the data's order. */
export function selectFilteredPlaces(state: AppState): Filterable[] {
  return selectPlaces(state).filter((p) => passes(p, state.filters));
}

/** The county being explored, if the selection is a county. */
export function selectSelectedCountyId(state: AppState): string | null {
  const id = state.selectedId;
  return id && state.data?.byId.get(id)?.props.kind === 'county' ? id : null;
}

/** The features named in the paragraph the reader shows (their halos light up together). */
export function selectMentionedIds(state: AppState): string[] {
  const spans = state.readerParagraph ? state.planIndex?.links.spans[state.readerParagraph] : undefined;
  return [...new Set((spans ?? []).map((m) => m.feature))];
}

/** Whether a county is hovered, selected or named in the paragraph read (its highlight is drawn). */
export function selectCountyHighlighted(state: AppState): boolean {
  const isCounty = (id: string | null) => id !== null && state.data?.byId.get(id)?.source === 'counties';
  return isCounty(state.hoveredId) || isCounty(state.selectedId) || selectMentionedIds(state).some(isCounty);
}

/** A feature by its id, the plan's or an imported one's, as GeoJSON. */
export function featureById(state: AppState, id: string): GeoJSON.Feature | undefined {
  const user = parseUserFeatureId(id);
  if (user) return state.userLayers.find((l) => l.id === user.layerId)?.features[user.index];
  const source = state.data?.byId.get(id)?.source;
  if (!state.data || !source) return undefined;
  return (state.data[source] as GeoJSON.FeatureCollection).features.find((f) => f.properties?.id === id);
}

/** The selected imported feature, with its layer, or null. */
export function selectSelectedUserFeature(state: AppState) {
  const user = state.selectedId ? parseUserFeatureId(state.selectedId) : null;
  const layer = user ? state.userLayers.find((l) => l.id === user.layerId) : undefined;
  const feature = user && layer ? layer.features[user.index] : undefined;
  return layer && feature ? { layer, feature } : null;
}

const bucketCache = new WeakMap<object, WhereBucket[]>();
/** Every visible imported feature, grouped by county and zones (once per change of the layers). */
export function selectUserBuckets(state: AppState): WhereBucket[] {
  let buckets = bucketCache.get(state.userLayers);
  if (!buckets) {
    buckets = state.userLayers.filter((l) => l.visible).flatMap((l) => bucketsOf(l.features).buckets);
    bucketCache.set(state.userLayers, buckets);
  }
  return buckets;
}
