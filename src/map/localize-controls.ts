import { AttributionControl, type Map as MapLibreMap } from 'maplibre-gl';
import { type Lang, STRINGS } from '../i18n/strings';
import { SCREEN_QUERY } from '../layout/screen';
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
    // Below the wide layout the sources fold into MapLibre's ⓘ button, closed, so they never cover the map.
    const compact = !wide.matches;
    attribution = new AttributionControl({ compact, customAttribution: t.sourcesShort });
    map.addControl(attribution, 'bottom-right');
    const box = container.querySelector<HTMLElement>('.maplibregl-ctrl-attrib');
    if (compact && box) {
      box.classList.remove('maplibregl-compact-show');
      box.removeAttribute('open');
    }
    const button = container.querySelector('.maplibregl-ctrl-attrib-button');
    button?.setAttribute('title', t.sourcesButton);
    button?.setAttribute('aria-label', t.sourcesButton);
  };
  const wide = window.matchMedia(SCREEN_QUERY.wide);
  const onWidth = () => apply(store.getState().lang);
  wide.addEventListener('change', onWidth);
  apply(store.getState().lang);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.lang !== previous.lang) apply(state.lang);
  });
  return () => {
    wide.removeEventListener('change', onWidth);
    unsubscribe();
  };
}
