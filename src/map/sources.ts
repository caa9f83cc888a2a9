import type { GeoData } from '../data/load-geodata';
import type { WorkProps } from '../data/types';

/** Source ids of the style; each is filled once from the embedded geodata. */
export const SOURCE = {
  context: 'context',
  counties: 'counties',
  labels: 'labels',
  zones: 'zones',
  towns: 'towns',
  ports: 'ports',
  parks: 'parks',
  routes: 'routes',
  works: 'works',
  physical: 'physical',
} as const;

export type SourceId = (typeof SOURCE)[keyof typeof SOURCE];

/** The works the map draws: those with a position (the unplaced ones are only listed). */
function placedWorks(data: GeoData): GeoJSON.FeatureCollection {
  const features = data.works.features.filter(
    (f): f is GeoJSON.Feature<GeoJSON.Point | GeoJSON.LineString, WorkProps> => Boolean(f.geometry),
  );
  return { type: 'FeatureCollection', features };
}

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/** What every source of the style draws from the embedded data (empty until they are loaded). */
export function sourceData(data: GeoData | null): Record<SourceId, GeoJSON.FeatureCollection> {
  const of = (pick: (d: GeoData) => GeoJSON.FeatureCollection) => (data ? pick(data) : EMPTY);
  return {
    [SOURCE.context]: of((d) => d.context),
    [SOURCE.zones]: of((d) => d.zones),
    [SOURCE.counties]: of((d) => d.counties),
    [SOURCE.labels]: of((d) => d.labels),
    [SOURCE.towns]: of((d) => d.towns),
    [SOURCE.ports]: of((d) => d.ports),
    [SOURCE.parks]: of((d) => d.parks),
    [SOURCE.routes]: of((d) => d.routes),
    [SOURCE.works]: of(placedWorks),
    [SOURCE.physical]: of((d) => d.physical),
  };
}
