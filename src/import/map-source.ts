import type { ImportedFeature } from './types';

/**
 * Imported features as the map's tiles are cut from: each keeps its own
 * properties (`__county`, and `__zones` as a comma-separated list, from the
 * spatial join) and gets its index in the layer, `__fid`, the map's feature id.
 */
export function mapSourceOf(features: readonly ImportedFeature[]): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: features.map((f, i) => ({
      type: 'Feature' as const,
      geometry: f.geometry,
      properties: { ...f.properties, __fid: i },
    })),
  };
}
