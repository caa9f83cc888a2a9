import type { StyleSpecification } from 'maplibre-gl';
import type { GeoData } from '../data/load-geodata';
import { buildLayers } from './layers';
import type { LayerContext } from './layers/layer-context';
import { sourceData } from './sources';

/**
 * The whole offline style: no tiles, no sprite and no `glyphs`, so MapLibre
 * draws labels with local fonts and the app makes no request off its origin.
 * The sources carry the embedded data when they are loaded, or start empty
 * and are filled once they are.
 */
export function buildStyle(ctx: LayerContext, data: GeoData | null = null): StyleSpecification {
  return {
    version: 8,
    name: 'shigatse-plan',
    // Changes show at once: a transition is more frames, each a full redraw on a weak GPU.
    transition: { duration: 0, delay: 0 },
    sources: Object.fromEntries(
      Object.entries(sourceData(data)).map(([id, fc]) => [id, { type: 'geojson', data: fc, promoteId: 'id' }]),
    ),
    layers: buildLayers(ctx),
  };
}
