import '../i18n/strings-later';
import { BASEMAP_NAME } from '../basemap/providers';
import { BASEMAP_TEXT } from '../i18n/basemap-text';
import type { Lang } from '../i18n/strings';
import { sceneTitle } from '../meeting/scenes';
import type { AppState } from '../store/app-store';
import type { CompareSource } from '../store/compare-slice';

/** What a side shows, in words: "6. 城镇体系", an imported layer's name, a basemap's name. */
export function sourceName(s: Pick<AppState, 'agenda' | 'userLayers'>, source: CompareSource, lang: Lang): string {
  switch (source.kind) {
    case 'scene': {
      const scene = s.agenda[source.index];
      return scene ? `${source.index + 1}. ${sceneTitle(scene, lang)}` : String(source.index + 1);
    }
    case 'layer':
      return s.userLayers.find((l) => l.id === source.layerId)?.name ?? source.layerId;
    case 'basemap':
      return BASEMAP_TEXT[lang][BASEMAP_NAME[source.basemap]];
  }
}
