import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';

/** The part of the map the diff drives (a fake in unit tests). */
export type LayerSetters = Pick<MapLibreMap, 'setFilter' | 'setLayoutProperty' | 'setPaintProperty'>;

type LayoutKey = Parameters<MapLibreMap['setLayoutProperty']>[1];
type LayoutValue = Parameters<MapLibreMap['setLayoutProperty']>[2];
type PaintKey = Parameters<MapLibreMap['setPaintProperty']>[1];
type PaintValue = Parameters<MapLibreMap['setPaintProperty']>[2];

/** The keys of `after` whose values differ from `before`'s (including keys `before` lacks). */
function changedKeys<K extends string>(before: object | undefined, after: object | undefined): K[] {
  const a = (after ?? {}) as Record<string, unknown>;
  const b = (before ?? {}) as Record<string, unknown>;
  return Object.keys(a).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k])) as K[];
}

/**
 * Sets what changed between two versions of the same layer: its filter (a
 * re-layout of its source, so only where the set of features changes), its
 * layout and its paint (a repaint).
 */
export function applyLayerChanges(map: LayerSetters, before: LayerSpecification, after: LayerSpecification) {
  if ('filter' in after && JSON.stringify('filter' in before ? before.filter : null) !== JSON.stringify(after.filter)) {
    map.setFilter(after.id, after.filter ?? null);
  }
  const layout = (after.layout ?? {}) as Record<LayoutKey, LayoutValue>;
  for (const key of changedKeys<LayoutKey>(before.layout, after.layout))
    map.setLayoutProperty(after.id, key, layout[key]);
  const paint = ('paint' in after ? (after.paint ?? {}) : {}) as Record<PaintKey, PaintValue>;
  const previousPaint = 'paint' in before ? before.paint : undefined;
  for (const key of changedKeys<PaintKey>(previousPaint, paint)) map.setPaintProperty(after.id, key, paint[key]);
}
