import type { ErrorEvent, Map as MapLibreMap, MapSourceDataEvent, MapStyleDataEvent } from 'maplibre-gl';
import {
  basemapFailedNotice,
  hillshadeFailedNotice,
  resolveBasemap,
  resolveHillshade,
  tileFailureCause,
} from '../basemap/providers';
import type { AppState, AppStore } from '../store/app-store';
import { BASEMAP_PREFIX, DEM_SOURCE, type UnderlayStyle, underlayStyle } from './layers/basemap-layers';

/** Errors other than a refusal or no answer (a 404 outside a server's coverage, say) tolerated before a tile has come. */
const TOLERATED_ERRORS = 6;

/** The underlay the state asks for, or the first reason it cannot be drawn. */
function wanted(state: AppState) {
  return {
    basemap: resolveBasemap(state.basemap, state.basemapSettings),
    dem: resolveHillshade(state.hillshade, state.basemapSettings),
  };
}

/**
 * Draws the chosen basemap and hillshade under the plan's layers and keeps them
 * in step with the store. When tiles fail (no network, a bad key, a 403, a
 * server that stops answering) the basemap or hillshade is switched off with a
 * notice naming the cause; the rest of the view stays as it was.
 */
export function syncUnderlay(map: MapLibreMap, store: AppStore, markBusy: () => void): () => void {
  let applied: UnderlayStyle = { sources: {}, layers: [] };
  const errors = new Map<string, number>();
  const loaded = new Set<string>();

  const fail = (source: string, status: number | undefined) => {
    const s = store.getState();
    const cause = tileFailureCause(status);
    if (source === DEM_SOURCE) {
      s.setHillshade(false);
      s.showNotice(hillshadeFailedNotice(cause));
    } else {
      s.showNotice(basemapFailedNotice(s.basemap, cause));
      s.setBasemap('none');
    }
  };

  const apply = (state: AppState) => {
    const { basemap, dem } = wanted(state);
    // A choice that cannot be drawn (no key, no template) is taken back at once, with its reason.
    if (!basemap.ok) {
      state.showNotice(basemapFailedNotice(state.basemap, basemap.cause));
      state.setBasemap('none');
      return;
    }
    if (!dem.ok) {
      state.showNotice(hillshadeFailedNotice(dem.cause));
      state.setHillshade(false);
      return;
    }
    const next = underlayStyle(basemap.value, dem.value, state.lang);
    if (JSON.stringify(next) === JSON.stringify(applied)) return;
    for (const { layer } of applied.layers) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
    for (const id of Object.keys(applied.sources)) if (map.getSource(id)) map.removeSource(id);
    for (const [id, source] of Object.entries(next.sources)) map.addSource(id, source);
    for (const { layer, before } of next.layers) map.addLayer(layer, map.getLayer(before) ? before : undefined);
    errors.clear();
    loaded.clear();
    applied = next;
    markBusy();
  };

  const onError = (e: ErrorEvent & { sourceId?: string }) => {
    const source = e.sourceId;
    if (!source || !(source in applied.sources)) return;
    const status = (e.error as { status?: unknown }).status;
    const code = typeof status === 'number' ? status : undefined;
    const count = (errors.get(source) ?? 0) + 1;
    errors.set(source, count);
    const refusedOrSilent = code === undefined || code === 0 || code === 401 || code === 403;
    if (refusedOrSilent || (count >= TOLERATED_ERRORS && !loaded.has(source))) fail(source, code);
  };
  const onData = (e: MapSourceDataEvent | MapStyleDataEvent) => {
    if (e.dataType !== 'source' || !('tile' in e) || !e.tile) return;
    if (e.sourceId.startsWith(BASEMAP_PREFIX) || e.sourceId === DEM_SOURCE) loaded.add(e.sourceId);
  };

  apply(store.getState());
  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.basemap !== previous.basemap ||
      state.hillshade !== previous.hillshade ||
      state.basemapSettings !== previous.basemapSettings ||
      (state.lang !== previous.lang && Object.keys(applied.sources).length > 0)
    ) {
      apply(state);
    }
  });
  map.on('error', onError);
  map.on('data', onData);
  return () => {
    unsubscribe();
    map.off('error', onError);
    map.off('data', onData);
  };
}
