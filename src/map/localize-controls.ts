import { AttributionControl, type Map as MapLibreMap } from 'maplibre-gl';
import { type Lang, STRINGS } from '../i18n/strings';
import type { AppStore } from '../store/app-store';

/**
 * The map's own parts in the interface language: the canvas's and zoom buttons' names
 * (MapLibre writes them in English once) and the sources line, replaced on a change of language.
 */
export function localizeMapControls(map: MapLibreMap, store: AppStore): () => void {
  let attribution: AttributionControl | null = null;
  const apply = (lang: Lang) => {
    const t = STRINGS[lang];
    const container = map.getContainer();
    map.getCanvas().setAttribute('aria-label', t.map);
    for (const [selector, name] of [
      ['.maplibregl-ctrl-zoom-in', t.zoomIn],
      ['.maplibregl-ctrl-zoom-out', t.zoomOut],
    ] as const) {
      const button = container.querySelector(selector);
      button?.setAttribute('title', name);
      button?.setAttribute('aria-label', name);
    }
    if (attribution) map.removeControl(attribution);
    attribution = new AttributionControl({ compact: false, customAttribution: t.sourcesShort });
    map.addControl(attribution, 'bottom-right');
  };
  apply(store.getState().lang);
  return store.subscribe((state, previous) => {
    if (state.lang !== previous.lang) apply(state.lang);
  });
}
