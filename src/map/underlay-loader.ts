import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AppState, AppStore } from '../store/app-store';

const wantsUnderlay = (s: AppState) => s.basemap !== 'none' || s.hillshade;

/**
 * Loads the basemap's map code (sync-underlay.ts) the first time a basemap or
 * the hillshade is asked for: the offline start neither needs nor carries it.
 * The map is not "ready" while it loads.
 */
export function connectUnderlay(
  map: MapLibreMap,
  store: AppStore,
  markBusy: () => void,
  holdReady: (held: boolean) => void,
): () => void {
  let disconnect: (() => void) | null = null;
  let loading = false;
  let closed = false;
  const load = () => {
    if (loading) return;
    loading = true;
    holdReady(true);
    void import('./sync-underlay').then(({ syncUnderlay }) => {
      holdReady(false);
      if (!closed) disconnect = syncUnderlay(map, store, markBusy);
      markBusy();
    });
  };
  if (wantsUnderlay(store.getState())) load();
  const unsubscribe = store.subscribe((s) => {
    if (wantsUnderlay(s)) load();
  });
  return () => {
    closed = true;
    unsubscribe();
    disconnect?.();
  };
}
