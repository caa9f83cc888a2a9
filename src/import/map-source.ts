import type { ImportedFeature } from './types';

/**
 * Imported features as the map's GeoJSON source wants them: each keeps its own
 * properties and gets its index in the layer (`__fid`, the map's feature id)
 * and its zones as a list, for the plan's filter. Built in the import worker for
 * a whole layer, and on the page for a clustered layer's filtered part.
 */
export function mapSourceOf(
  features: readonly ImportedFeature[],
  keep: (f: ImportedFeature, index: number) => boolean = () => true,
): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: features.flatMap((f, i) =>
      keep(f, i)
        ? [
            {
              type: 'Feature' as const,
              geometry: f.geometry,
              properties: {
                ...f.properties,
                __fid: i,
                __zone_list: String(f.properties.__zones ?? '')
                  .split(',')
                  .filter(Boolean),
              },
            },
          ]
        : [],
    ),
  };
}
