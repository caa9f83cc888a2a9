import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { Filters } from '../../filter/filter-model';
import { bucketPasses, bucketsOf } from '../../filter/user-buckets';
import type { UserLayer } from '../../import/user-layer';
import { HALO_COLOUR, INK, LABEL_FONTS } from '../../symbology/palette';
import { layerColourClasses, OTHER_CATEGORY_COLOUR } from '../../symbology/user-classes';
import { bucketCountKey, USER_TILE_LAYER } from '../user-tiles/tiles-protocol';
import type { LayerContext } from './layer-context';

/** The source of a user layer. Every id of the user's data starts with `user-`. */
export const userSourceId = (layerId: string) => `user-${layerId}`;

/** The plan's "where" filter (zones, counties) on imported features, through their spatial join. */
function whereFilter(f: Filters): ExpressionSpecification[] {
  const parts: ExpressionSpecification[] = [];
  if (f.zones.length > 0) {
    // `__zones` is a comma-separated list (tiles hold no arrays): match whole ids between commas.
    const listed: ExpressionSpecification = ['concat', ',', ['to-string', ['get', '__zones']], ','];
    parts.push(['any', ...f.zones.map((z): ExpressionSpecification => ['in', `,${z},`, listed])]);
  }
  if (f.counties.length > 0) parts.push(['in', ['get', '__county'], ['literal', f.counties]]);
  return parts;
}

const geometry = (...types: string[]): ExpressionSpecification => ['in', ['geometry-type'], ['literal', types]];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];

/** A user layer's colour: one colour, or by a property's categories or graduated classes. */
function colourOf(layer: UserLayer): string | ExpressionSpecification {
  const by = layer.colourBy;
  const classes = layerColourClasses(layer);
  if (!by || classes.length === 0) return layer.colour;
  if (by.mode === 'categories') {
    return [
      'match',
      ['to-string', ['get', by.property]],
      ...classes.flatMap((c) => [String(c.value), c.colour]),
      OTHER_CATEGORY_COLOUR,
    ] as unknown as ExpressionSpecification;
  }
  const [first, ...rest] = classes;
  return [
    'step',
    ['to-number', ['get', by.property], 0],
    first!.colour,
    ...rest.flatMap((c) => [Number(c.value), c.colour]),
  ] as unknown as ExpressionSpecification;
}

/** Point layers larger than this are clustered at low zoom (MapLibre's clustering). */
export const CLUSTER_FROM = 2_000;

/** Whether a user layer is drawn clustered: many features, points only. */
export function isClustered(layer: UserLayer): boolean {
  return layer.features.length > CLUSTER_FROM && layer.geometryKinds.every((k) => k === 'point');
}

const isCluster: ExpressionSpecification = ['has', 'point_count'];

/**
 * How many of a cluster's points pass the plan's "where" filter: the sum of
 * the counts of the groups of points that pass (each cluster counts its
 * points per group), so a filter click changes an expression, not the data.
 */
function passingCount(layer: UserLayer, f: Filters): ExpressionSpecification {
  if (f.zones.length === 0 && f.counties.length === 0) return ['get', 'point_count'];
  const passing = bucketsOf(layer.features)
    .buckets.map((b, i) => (bucketPasses(b, f) ? i : -1))
    .filter((i) => i >= 0);
  const counts = passing.map((i): ExpressionSpecification => ['coalesce', ['get', bucketCountKey(i)], 0]);
  return counts.length === 0 ? ['literal', 0] : counts.length === 1 ? counts[0]! : ['+', ...counts];
}

/** Clusters: a circle sized by how many of its points pass the filter, and that number. */
function clusterSpecs(layer: UserLayer, f: Filters, visibility: 'visible' | 'none'): LayerSpecification[] {
  const source = userSourceId(layer.id);
  const count = passingCount(layer, f);
  const filter: FilterSpecification = ['all', isCluster, ['>', count, 0]];
  return [
    {
      id: `${source}-cluster`,
      type: 'circle',
      source,
      'source-layer': USER_TILE_LAYER,
      filter,
      layout: { visibility },
      paint: {
        'circle-color': layer.colour,
        'circle-opacity': 0.8,
        'circle-radius': ['step', count, 12, 100, 16, 1000, 22, 10000, 28],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: `${source}-cluster-count`,
      type: 'symbol',
      source,
      'source-layer': USER_TILE_LAYER,
      filter,
      layout: {
        visibility,
        'text-field': ['to-string', count],
        'text-font': LABEL_FONTS,
        'text-size': 11,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
  ];
}

/** The map layers of one user layer, bottom to top: polygons, lines, points, labels. */
export function userLayerSpecs(layer: UserLayer, ctx: LayerContext): LayerSpecification[] {
  const source = userSourceId(layer.id);
  const colour = colourOf(layer);
  const visibility = layer.visible ? 'visible' : 'none';
  const clustered = isClustered(layer);
  const where = [...(clustered ? [['!', isCluster] as ExpressionSpecification] : []), ...whereFilter(ctx.filters)];
  const only = (g: ExpressionSpecification): FilterSpecification => ['all', g, ...where];
  const specs: LayerSpecification[] = [
    {
      id: `${source}-fill`,
      type: 'fill',
      source,
      'source-layer': USER_TILE_LAYER,
      filter: only(geometry('Polygon', 'MultiPolygon')),
      layout: { visibility },
      paint: { 'fill-color': colour, 'fill-opacity': ['case', selected, 0.6, hovered, 0.5, 0.35] },
    },
    {
      id: `${source}-line`,
      type: 'line',
      source,
      'source-layer': USER_TILE_LAYER,
      filter: only(geometry('LineString', 'MultiLineString', 'Polygon', 'MultiPolygon')),
      layout: { visibility, 'line-join': 'round' },
      paint: { 'line-color': ['case', selected, HALO_COLOUR, colour], 'line-width': ['case', selected, 4, 2] },
    },
    {
      id: `${source}-circle`,
      type: 'circle',
      source,
      'source-layer': USER_TILE_LAYER,
      filter: only(geometry('Point', 'MultiPoint')),
      layout: { visibility },
      paint: {
        'circle-color': colour,
        'circle-radius': [
          'interpolate',
          ['linear'],
          ['zoom'],
          5,
          ['case', selected, 7, 4],
          10,
          ['case', selected, 10, 7],
        ],
        'circle-stroke-color': ['case', selected, INK, '#ffffff'],
        'circle-stroke-width': ['case', selected, 2.5, 1.2],
      },
    },
  ];
  if (clustered) specs.push(...clusterSpecs(layer, ctx.filters, visibility));
  if (layer.labelProperty) {
    specs.push({
      id: `${source}-label`,
      type: 'symbol',
      source,
      'source-layer': USER_TILE_LAYER,
      minzoom: 7,
      filter: ['all', ...where],
      layout: {
        visibility,
        'text-field': ['to-string', ['get', layer.labelProperty]],
        'text-font': LABEL_FONTS,
        'text-size': 12,
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.8,
        'text-max-width': 10,
      },
      paint: { 'text-color': layer.colour, 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    });
  }
  return specs;
}

/** The layers of a user layer that a click or hover can pick a feature from. */
export const userInteractiveLayers = (layer: UserLayer) =>
  [...(isClustered(layer) ? ['cluster'] : []), 'circle', 'line', 'fill'].map(
    (kind) => `${userSourceId(layer.id)}-${kind}`,
  );
