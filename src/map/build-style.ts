import type { StyleSpecification } from 'maplibre-gl';
import { buildLayers } from './layers';
import type { LayerContext } from './layers/layer-context';
import { SOURCE } from './sources';

const empty = { type: 'FeatureCollection' as const, features: [] };

/**
 * The whole offline style: no tiles, no sprite and no `glyphs`, so MapLibre
 * draws labels with local fonts and the app makes no request off its origin.
 * Sources start empty and are filled once the embedded data are loaded.
 */
export function buildStyle(ctx: LayerContext): StyleSpecification {
  return {
    version: 8,
    name: 'shigatse-plan',
    sources: {
      [SOURCE.context]: { type: 'geojson', data: empty, promoteId: 'id' },
      [SOURCE.zones]: { type: 'geojson', data: empty, promoteId: 'id' },
      [SOURCE.counties]: { type: 'geojson', data: empty, promoteId: 'id' },
      [SOURCE.labels]: { type: 'geojson', data: empty, promoteId: 'id' },
      [SOURCE.towns]: { type: 'geojson', data: empty, promoteId: 'id' },
      [SOURCE.ports]: { type: 'geojson', data: empty, promoteId: 'id' },
      [SOURCE.parks]: { type: 'geojson', data: empty, promoteId: 'id' },
      [SOURCE.routes]: { type: 'geojson', data: empty, promoteId: 'id' },
      [SOURCE.places]: { type: 'geojson', data: empty, promoteId: 'id' },
    },
    layers: buildLayers(ctx),
  };
}
