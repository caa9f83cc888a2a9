import type { CountyProps, ZoneId, ZoneProps } from '../data/types';
import type { LayerItemId } from '../map/layer-groups';
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

export function selectZone(state: AppState, id: ZoneId): ZoneProps | null {
  return selectZones(state).find((z) => z.id === id) ?? null;
}

/** Whether an id names a feature the app knows (used to vet ids from links). */
export function selectIsKnownId(state: AppState, id: string): boolean {
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

/** How many features each item of the layer control stands for. */
export function selectLayerCounts(state: AppState): Partial<Record<LayerItemId, number>> {
  const data = state.data;
  if (!data) return {};
  const counts: Partial<Record<LayerItemId, number>> = { 'county-lines': data.counties.features.length };
  const add = (id: LayerItemId) => {
    counts[id] = (counts[id] ?? 0) + 1;
  };
  for (const z of selectZones(state)) counts[`zone:${z.id}`] = z.counties.length;
  for (const t of data.towns.features) add(`tier:${t.properties.tier}`);
  for (const p of data.ports.features) add(`port:${p.properties.status}`);
  for (const p of data.parks.features) add(`park:${p.properties.category}`);
  for (const r of data.routes.features) add(`route:${r.properties.route_type}`);
  return counts;
}
