import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { Filters } from '../../filter/filter-model';
import { type UserLayer, userFeatureId } from '../../import/user-layer';
import { HALO_COLOUR, INK, LABEL_FONTS } from '../../symbology/palette';
import type { LayerContext } from './layer-context';

/** The source of a user layer. Every id of the user's data starts with `user-`. */
export const userSourceId = (layerId: string) => `user-${layerId}`;

/** The plan's "where" filter (zones, counties) on imported features, through their spatial join. */
function whereFilter(f: Filters): ExpressionSpecification[] {
  const parts: ExpressionSpecification[] = [];
  if (f.zones.length > 0) {
    parts.push(['any', ...f.zones.map((z): ExpressionSpecification => ['in', z, ['get', '__zone_list']])]);
  }
  if (f.counties.length > 0) parts.push(['in', ['get', '__county'], ['literal', f.counties]]);
  return parts;
}

const geometry = (...types: string[]): ExpressionSpecification => ['in', ['geometry-type'], ['literal', types]];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];

/** The map layers of one user layer, bottom to top: polygons, lines, points, labels. */
export function userLayerSpecs(layer: UserLayer, ctx: LayerContext): LayerSpecification[] {
  const source = userSourceId(layer.id);
  const visibility = layer.visible ? 'visible' : 'none';
  const where = whereFilter(ctx.filters);
  const only = (g: ExpressionSpecification): FilterSpecification => ['all', g, ...where];
  const specs: LayerSpecification[] = [
    {
      id: `${source}-fill`,
      type: 'fill',
      source,
      filter: only(geometry('Polygon', 'MultiPolygon')),
      layout: { visibility },
      paint: { 'fill-color': layer.colour, 'fill-opacity': ['case', selected, 0.6, hovered, 0.5, 0.35] },
    },
    {
      id: `${source}-line`,
      type: 'line',
      source,
      filter: only(geometry('LineString', 'MultiLineString', 'Polygon', 'MultiPolygon')),
      layout: { visibility, 'line-join': 'round' },
      paint: { 'line-color': ['case', selected, HALO_COLOUR, layer.colour], 'line-width': ['case', selected, 4, 2] },
    },
    {
      id: `${source}-circle`,
      type: 'circle',
      source,
      filter: only(geometry('Point', 'MultiPoint')),
      layout: { visibility },
      paint: {
        'circle-color': layer.colour,
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
  if (layer.labelProperty) {
    specs.push({
      id: `${source}-label`,
      type: 'symbol',
      source,
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
  ['circle', 'line', 'fill'].map((kind) => `${userSourceId(layer.id)}-${kind}`);

/**
 * A user layer as GeoJSON for its source: each feature keeps its own properties
 * and gets its selection id (`__fid`, promoted to the feature id) and its zones
 * as a list, for the filter.
 */
export function userSourceData(layer: UserLayer): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: layer.features.map((f, i) => ({
      type: 'Feature',
      geometry: f.geometry,
      properties: {
        ...f.properties,
        __fid: userFeatureId(layer.id, i),
        __zone_list: String(f.properties.__zones ?? '')
          .split(',')
          .filter(Boolean),
      },
    })),
  };
}
