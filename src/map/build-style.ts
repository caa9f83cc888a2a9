import type { StyleSpecification } from 'maplibre-gl';
import { buildLayers } from './layers';
import type { LayerContext } from './layers/layer-context';
import { LABEL_SOURCE, SOURCE } from './sources';

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
    // Changes show at once: a transition is more frames, each a full redraw on a weak GPU.
    transition: { duration: 0, delay: 0 },
    sources: {
      [SOURCE.context]: { type: 'geojson', data: empty, promoteId: 'id' },
      [SOURCE.zones]: { type: 'geojson', data: empty, promoteId: 'id' },
      [SOURCE.counties]: { type: 'geojson', data: empty, promoteId: 'id' },
      [SOURCE.labels]: { type: 'geojson', data: empty, promoteId: 'id' },
      [SOURCE.towns]: { type: 'geojson', data: empty, promoteId: 'id' },
      [SOURCE.ports]: { type: 'geojson', data: empty, promoteId: 'id' },
      [SOURCE.parks]: { type: 'geojson', data: empty, promoteId: 'id' },
      [SOURCE.routes]: { type: 'geojson', data: empty, promoteId: 'id' },
      [SOURCE.works]: { type: 'geojson', data: empty, promoteId: 'id' },
      [SOURCE.physical]: { type: 'geojson', data: empty, promoteId: 'id' },
      ...Object.fromEntries(
        Object.values(LABEL_SOURCE).map((id) => [id, { type: 'geojson', data: empty, promoteId: 'id' } as const]),
      ),
    },
    layers: buildLayers(ctx),
  };
}
