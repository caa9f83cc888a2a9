import type { GeoJSONSourceSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { EMPTY_FILTERS, type Filters } from '../filter/filter-model';
import type { UserLayer } from '../import/user-layer';
import { applyLayerChanges } from './apply-layer-changes';
import type { LayerContext } from './layers/layer-context';
import { isClustered, userLayerSpecs, userSourceData, userSourceFilter, userSourceId } from './layers/user-layers';

/**
 * The plan's layer under which the user's layers are drawn: over the plan's
 * symbols (a project at a town's seat shows inside the town's circle) and under
 * every label, so the plan's names are placed first.
 */
export const USER_LAYERS_BEFORE = 'route-label';

/** The style source of a user layer (also for the export's still map). */
export function userSource(layer: UserLayer, filters: Filters = EMPTY_FILTERS): GeoJSONSourceSpecification {
  // The data: URL when the import made one: MapLibre's worker reads it, nothing is copied on the page.
  const spec: GeoJSONSourceSpecification = {
    type: 'geojson',
    data: layer.sourceUrl ?? userSourceData(layer),
    promoteId: '__fid',
  };
  if (!isClustered(layer)) return spec;
  const filter = userSourceFilter(layer, filters);
  return { ...spec, cluster: true, clusterRadius: 45, clusterMaxZoom: 9, ...(filter ? { filter } : {}) };
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
  for (const layer of before) if (!next.has(layer.id)) removeUserLayerFromMap(map, layer, ctxBefore);
  for (const layer of after) {
    const old = previous.get(layer.id);
    const specs = userLayerSpecs(layer, ctxAfter);
    // Clusters count what passes the filter, which a source's options hold: a new source, read
    // again and re-clustered in MapLibre's worker (a source's options cannot change in place).
    const refiltered =
      old &&
      JSON.stringify(userSourceFilter(old, ctxBefore.filters)) !==
        JSON.stringify(userSourceFilter(layer, ctxAfter.filters));
    if (old && refiltered) removeUserLayerFromMap(map, old, ctxBefore);
    if (!old || refiltered || !map.getSource(userSourceId(layer.id))) {
      map.addSource(userSourceId(layer.id), userSource(layer, ctxAfter.filters));
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
  for (const layer of after) {
    for (const spec of userLayerSpecs(layer, ctxAfter)) map.moveLayer(spec.id, USER_LAYERS_BEFORE);
  }
}

function removeUserLayerFromMap(map: MapLibreMap, layer: UserLayer, ctx: LayerContext) {
  for (const spec of userLayerSpecs(layer, ctx)) if (map.getLayer(spec.id)) map.removeLayer(spec.id);
  if (map.getSource(userSourceId(layer.id))) map.removeSource(userSourceId(layer.id));
}
