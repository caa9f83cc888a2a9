import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AppStore } from '../store/app-store';

/** What the bridge is given to keep a map's `data-ready` true only while nothing is left to draw. */
export interface MapReadiness {
  /** A change was made: not ready until the frame it causes has been drawn. */
  markBusy: () => void;
  /** Held while a camera move is about to start (a scene waits one frame for its caption). */
  holdReady: (hold: boolean) => void;
}

/**
 * Sets `data-ready` on `el`: false on every frame, true on 'idle' once the store's data fill the
 * sources (not on the empty style) and no hold is on; `onReady` hears each time it turns true.
 */
export function trackReadiness(
  map: MapLibreMap,
  el: HTMLElement,
  store: AppStore,
  onReady: () => void = () => undefined,
): MapReadiness {
  const setReady = (ready: boolean) => el.setAttribute('data-ready', String(ready));
  setReady(false);
  let held = false;
  map.on('render', () => setReady(false));
  map.on('idle', () => {
    if (held || !store.getState().data || !map.isStyleLoaded()) return;
    setReady(true);
    onReady();
  });
  return {
    // Every change the bridge makes is followed by a frame, so an 'idle' always comes back.
    markBusy: () => {
      setReady(false);
      map.triggerRepaint();
    },
    holdReady: (hold) => {
      held = hold;
      if (hold) setReady(false);
    },
  };
}
