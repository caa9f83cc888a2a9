import type { Map as MapLibreMap, VectorSourceSpecification } from 'maplibre-gl';
import type { UserLayer } from '../import/user-layer';
import { applyLayerChanges } from './apply-layer-changes';
import type { LayerContext } from './layers/layer-context';
import { isClustered, userLayerSpecs, userSourceId } from './layers/user-layers';
import { USER_TILE_MAX_ZOOM } from './user-tiles/tiles-protocol';
import { dropUserTiles, ensureUserTiles, userTilesUrl } from './user-tiles/user-tiles';

/**
 * The plan's layer under which the user's layers are drawn: over the plan's
 * symbols (a project at a town's seat shows inside the town's circle) and under
 * every label, so the plan's names are placed first.
 */
export const USER_LAYERS_BEFORE = 'route-label';

/**
 * The style source of a user layer (also for the export's still map): vector
 * tiles that a worker of the app cuts from the layer's features (see
 * `ensureUserTiles`, which must have been called for the layer).
 */
export function userSource(layer: UserLayer): VectorSourceSpecification {
  return { type: 'vector', tiles: [userTilesUrl(layer.id)], maxzoom: USER_TILE_MAX_ZOOM, promoteId: '__fid' };
}

/**
 * Brings the map's user layers from one state to the next: sources and layers
 * added or removed, what changed in a layer's filter, layout or paint, and the
 * drawing order. The data of a layer never changes once imported.
 */
export function syncUserLayers(
  map: MapLibreMap,
  before: readonly UserLayer[],
  after: readonly UserLayer[],
  ctxBefore: LayerContext,
  ctxAfter: LayerContext,
) {
  const previous = new Map(before.map((l) => [l.id, l]));
  const next = new Set(after.map((l) => l.id));
  const specsAfter = new Map(after.map((l) => [l.id, userLayerSpecs(l, ctxAfter)]));
  for (const layer of before) {
    if (next.has(layer.id)) continue;
    for (const spec of userLayerSpecs(layer, ctxBefore)) if (map.getLayer(spec.id)) map.removeLayer(spec.id);
    if (map.getSource(userSourceId(layer.id))) map.removeSource(userSourceId(layer.id));
    dropUserTiles(layer.id);
  }
  for (const layer of after) {
    const old = previous.get(layer.id);
    const specs = specsAfter.get(layer.id)!;
    if (!old || !map.getSource(userSourceId(layer.id))) {
      ensureUserTiles(layer, isClustered(layer));
      map.addSource(userSourceId(layer.id), userSource(layer));
      for (const spec of specs) map.addLayer(spec, USER_LAYERS_BEFORE);
      continue;
    }
    const oldSpecs = new Map(userLayerSpecs(old, ctxBefore).map((s) => [s.id, s]));
    for (const spec of specs) {
      const was = oldSpecs.get(spec.id);
      if (was) applyLayerChanges(map, was, spec);
      else map.addLayer(spec, USER_LAYERS_BEFORE);
      oldSpecs.delete(spec.id);
    }
    for (const gone of oldSpecs.keys()) map.removeLayer(gone);
  }
  // Drawing order: each user layer's own layers in turn, under the plan's labels.
  for (const specs of specsAfter.values()) for (const spec of specs) map.moveLayer(spec.id, USER_LAYERS_BEFORE);
}
