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

/**
 * The names of towns (one source per tier), ports and parks, apart from their
 * symbols. Ticking a tier hides the other tiers' label layers, and a source
 * whose layers are all hidden is not laid out at all: the click re-lays out
 * nothing, and the names left still win their collisions as they should.
 */
export const LABEL_SOURCE = {
  'central-city': 'labels-central-city',
  'key-node': 'labels-key-node',
  node: 'labels-node',
  'key-township': 'labels-key-township',
  port: 'labels-ports',
  park: 'labels-parks',
} as const;

export type LabelGroup = keyof typeof LABEL_SOURCE;

/** The works the map draws: those with a position (the unplaced ones are only listed). */
export function placedWorks(data: GeoData): GeoJSON.FeatureCollection {
  const features = data.works.features.filter(
    (f): f is GeoJSON.Feature<GeoJSON.Point | GeoJSON.LineString, WorkProps> => Boolean(f.geometry),
  );
  return { type: 'FeatureCollection', features };
}

/** The features one label source draws. */
export function labelFeatures(data: GeoData, group: LabelGroup): GeoJSON.FeatureCollection {
  const features =
    group === 'port'
      ? data.ports.features
      : group === 'park'
        ? data.parks.features
        : data.towns.features.filter((f) => f.properties.tier === group);
  return { type: 'FeatureCollection', features };
}
