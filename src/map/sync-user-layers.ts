import type { GeoJSONSource, GeoJSONSourceSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { Filters } from '../filter/filter-model';
import type { UserLayer } from '../import/user-layer';
import { applyLayerChanges } from './apply-layer-changes';
import type { LayerContext } from './layers/layer-context';
import { isClustered, userLayerSpecs, userSourceData, userSourceId } from './layers/user-layers';

/**
 * The plan's layer under which the user's layers are drawn: over the plan's
 * symbols (a project at a town's seat shows inside the town's circle) and under
 * every label, so the plan's names are placed first.
 */
export const USER_LAYERS_BEFORE = 'route-label';

/** The style source of a user layer, data included (also for the export's still map). */
export function userSource(layer: UserLayer, filters?: Filters): GeoJSONSourceSpecification {
  // The worker's data: URL when the whole layer is drawn: MapLibre's worker reads it, nothing is copied here.
  const filtered = isClustered(layer) && filters !== undefined && isFiltering(filters);
  const data = layer.sourceUrl && !filtered ? layer.sourceUrl : userSourceData(layer, filters);
  const spec: GeoJSONSourceSpecification = { type: 'geojson', data, promoteId: '__fid' };
  return isClustered(layer) ? { ...spec, cluster: true, clusterRadius: 45, clusterMaxZoom: 9 } : spec;
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
  for (const layer of before) {
    if (next.has(layer.id)) continue;
    for (const spec of userLayerSpecs(layer, ctxBefore)) if (map.getLayer(spec.id)) map.removeLayer(spec.id);
    if (map.getSource(userSourceId(layer.id))) map.removeSource(userSourceId(layer.id));
  }
  for (const layer of after) {
    const old = previous.get(layer.id);
    const specs = userLayerSpecs(layer, ctxAfter);
    if (!old || !map.getSource(userSourceId(layer.id))) {
      map.addSource(userSourceId(layer.id), userSource(layer, ctxAfter.filters));
      for (const spec of specs) map.addLayer(spec, USER_LAYERS_BEFORE);
      continue;
    }
    // Clusters count what passes the filter, so their data follow it (a re-cluster in the worker).
    if (isClustered(layer) && ctxBefore.filters !== ctxAfter.filters) {
      const source = userSource(layer, ctxAfter.filters);
      (map.getSource(userSourceId(layer.id)) as GeoJSONSource).setData(source.data as GeoJSON.GeoJSON | string);
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

/** Whether the plan's "where" filter leaves anything out (the only part that acts on the user's data). */
function isFiltering(f: Filters): boolean {
  return f.zones.length > 0 || f.counties.length > 0;
}
