import type { AppStore } from '../store/app-store';
import { type BasemapSettings, EMPTY_BASEMAP_SETTINGS } from './basemap-choice';

const STORAGE_KEY = 'shigatse-plan-map:basemap-settings';

/** The key and templates saved in this browser; anything unreadable counts as not saved. */
export function loadBasemapSettings(): BasemapSettings {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (typeof saved !== 'object' || saved === null) return EMPTY_BASEMAP_SETTINGS;
    const text = (key: keyof BasemapSettings) => {
      const value = (saved as Record<string, unknown>)[key];
      return typeof value === 'string' ? value.slice(0, 2000) : '';
    };
    return {
      tiandituKey: text('tiandituKey'),
      customUrl: text('customUrl'),
      demUrl: text('demUrl'),
      demEncoding: text('demEncoding') === 'mapbox' ? 'mapbox' : 'terrarium',
    };
  } catch {
    return EMPTY_BASEMAP_SETTINGS;
  }
}

/** Keeps the settings in localStorage whenever they change (a full or refused storage keeps them for this visit). */
export function persistBasemapSettings(store: AppStore): () => void {
  return store.subscribe((state, previous) => {
    if (state.basemapSettings === previous.basemapSettings) return;
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(state.basemapSettings));
    } catch {
      // Private mode or a full storage: the settings last as long as the page.
    }
  });
}
