import type { AppStore } from '../store/app-store';
import type { HashState } from '../url/hash-codec';
import { loadBasemapSettings, persistBasemapSettings } from './persist-basemap-settings';

/** The link's basemap choice and this browser's key and templates, into the store at start; kept saved after. */
export function restoreBasemap(store: AppStore, fromUrl: HashState) {
  const s = store.getState();
  s.setBasemapSettings(loadBasemapSettings());
  s.setBasemap(fromUrl.basemap ?? 'none');
  s.setHillshade(fromUrl.hillshade ?? false);
  persistBasemapSettings(store);
}
