import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/use-t';
import { ensurePlan } from '../plan/ensure-plan';
import { useAppStoreApi } from '../store/store-context';
import { buildStyle } from './build-style';
import { createMap } from './create-map';
import { selectLayerContext } from './layers/select-layer-context';
import { localizeMapControls } from './localize-controls';
import { connectMapToStore } from './map-bridge';
import { screenMap } from './screen-map';

/**
 * The map canvas. `data-ready` is "true" once the style and every source are
 * loaded and the map is idle, and "false" while it redraws after a change.
 */
export function MapView() {
  const t = useT();
  const store = useAppStoreApi();
  const container = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const { camera } = store.getState();
    let map: ReturnType<typeof createMap>;
    const styleContext = selectLayerContext(store.getState());
    try {
      map = createMap(el, camera, buildStyle(styleContext));
    } catch {
      // WebGL can be present yet refuse a context (blocklisted driver, lost GPU).
      setFailed(true);
      return;
    }
    const setReady = (ready: boolean) => el.setAttribute('data-ready', String(ready));
    // Every change the bridge makes is followed by a frame, so an 'idle' always comes back.
    const markBusy = () => {
      setReady(false);
      map.triggerRepaint();
    };

    // Held while a camera move is about to start (a scene waits one frame for its caption).
    let held = false;
    const holdReady = (hold: boolean) => {
      held = hold;
      if (hold) setReady(false);
    };

    map.on('render', () => setReady(false));
    map.on('idle', () => {
      // Ready only once the embedded data fill the sources, not on the empty style.
      if (held || !store.getState().data || !map.isStyleLoaded()) return;
      setReady(true);
      // The map is up: now fetch the plan text, so a click shows its passages at once.
      void ensurePlan(store);
    });
    const unlocalize = localizeMapControls(map, store);
    let disconnect: (() => void) | undefined;
    map.on('load', () => {
      disconnect = connectMapToStore(map, store, markBusy, styleContext, holdReady);
    });
    window.__APP__ = { map, store };
    screenMap.current = map;
    return () => {
      screenMap.current = null;
      disconnect?.();
      unlocalize();
      map.remove();
    };
  }, [store]);

  if (failed) {
    return (
      <p className="no-webgl" role="alert">
        {t('noWebgl')}
      </p>
    );
  }
  // The landmark is MapLibre's canvas (a region, named in the interface language); its frame is no second one.
  return <div ref={container} className="map" data-testid="map" data-ready="false" />;
}
