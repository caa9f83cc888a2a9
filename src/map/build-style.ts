import type { StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n/strings';
import { buildLayers } from './layers';
import { SOURCE } from './sources';

const empty = { type: 'FeatureCollection' as const, features: [] };

/**
 * The whole offline style: no tiles, no sprite and no `glyphs`, so MapLibre
 * draws labels with local fonts and the app makes no request off its origin.
 * Sources start empty and are filled once the embedded data are loaded.
 */
export function buildStyle(lang: Lang): StyleSpecification {
  return {
    version: 8,
    name: 'shigatse-plan',
    sources: {
      [SOURCE.context]: { type: 'geojson', data: empty, promoteId: 'id' },
      [SOURCE.zones]: { type: 'geojson', data: empty, promoteId: 'id' },
      [SOURCE.counties]: { type: 'geojson', data: empty, promoteId: 'id' },
      [SOURCE.labels]: { type: 'geojson', data: empty, promoteId: 'id' },
    },
    layers: buildLayers(lang),
  };
}
