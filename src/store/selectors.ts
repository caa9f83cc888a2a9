import type { CountyProps, ZoneId, ZoneProps } from '../data/types';
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
  if (!state.data) return false;
  const { counties, zones } = state.data;
  return counties.features.some((f) => f.properties.id === id) || zones.features.some((f) => f.properties.id === id);
}

/** The zones the selected county belongs to (two for 仲巴县 and 萨嘎县). */
export function selectSelectedCountyZones(state: AppState): ZoneProps[] {
  const county = selectSelectedCounty(state);
  return county ? selectZones(state).filter((z) => county.zones.includes(z.id)) : [];
}
