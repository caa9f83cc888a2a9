import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/use-t';
import { ensurePlan } from '../plan/ensure-plan';
import type { AppState } from '../store/app-store';
import { useAppStoreApi } from '../store/store-context';
import { buildStyle } from './build-style';
import { createMap } from './create-map';
import { selectLayerContext } from './layers/select-layer-context';
import { localizeMapControls } from './localize-controls';
import { connectMapToStore } from './map-bridge';
import { trackReadiness } from './map-readiness';
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
    let teardown: (() => void) | undefined;
    /** Creates the map once the data are in (or failed): its style is built with them, so it is laid out once. */
    const start = () => {
      const { camera, data } = store.getState();
      let map: ReturnType<typeof createMap>;
      const styleContext = selectLayerContext(store.getState());
      try {
        map = createMap(el, camera, buildStyle(styleContext, data));
      } catch {
        // WebGL can be present yet refuse a context (blocklisted driver, lost GPU).
        setFailed(true);
        return;
      }
      // The map is up: now fetch the plan text, so a click shows its passages at once.
      const { markBusy, holdReady } = trackReadiness(map, el, store, () => void ensurePlan(store));
      const unlocalize = localizeMapControls(map, store);
      let disconnect: (() => void) | undefined;
      map.on('load', () => {
        disconnect = connectMapToStore(map, store, markBusy, styleContext, holdReady, data);
      });
      window.__APP__ = { map, store };
      screenMap.current = map;
      teardown = () => {
        screenMap.current = null;
        disconnect?.();
        unlocalize();
        map.remove();
      };
    };
    const arrived = (s: AppState) => s.data !== null || s.dataError !== null;
    let unsubscribe = () => {};
    if (arrived(store.getState())) start();
    else {
      unsubscribe = store.subscribe((s) => {
        if (!arrived(s)) return;
        unsubscribe();
        start();
      });
    }
    return () => {
      unsubscribe();
      teardown?.();
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
