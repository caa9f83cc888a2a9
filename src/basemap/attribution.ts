import type { Lang } from '../i18n/strings';
import type { AppState } from '../store/app-store';
import { resolveBasemap, resolveHillshade } from './providers';

/** Who the drawn tiles come from, in one line (empty when the map is offline): on the map and in every export. */
export function basemapAttribution(state: AppState, lang: Lang): string {
  const basemap = resolveBasemap(state.basemap, state.basemapSettings);
  const dem = resolveHillshade(state.hillshade, state.basemapSettings);
  return [basemap.ok ? basemap.value?.attribution : null, dem.ok ? dem.value?.attribution : null]
    .filter((a) => a !== null && a !== undefined)
    .map((a) => a[lang])
    .join(' · ');
}
