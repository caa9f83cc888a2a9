import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { INK, LABEL_FONTS, NEIGHBOUR_FILL, PAPER } from '../../symbology/palette';
import { SOURCE } from '../sources';
import { nameField } from './label-field';
import type { LayerContext } from './layer-context';

/** Paper, and the neighbouring prefectures in grey. */
export const backgroundLayer: LayerSpecification = {
  id: 'background',
  type: 'background',
  paint: { 'background-color': PAPER },
};

/** Over a basemap the neighbours are a light veil, so the city stands out and the tiles around still read. */
export const neighbourFillLayer = (ctx: LayerContext): LayerSpecification => ({
  id: 'neighbour-fill',
  type: 'fill',
  source: SOURCE.context,
  filter: ['==', ['get', 'kind'], 'neighbour'],
  paint: {
    'fill-color': NEIGHBOUR_FILL,
    'fill-outline-color': '#c4c0b6',
    'fill-opacity': ctx.underlay ? 0.45 : 1,
  },
});

/**
 * The names of areas: counties, neighbouring prefectures and countries, in one
 * layer. Drawn last, so these names win label collisions.
 */
export const areaLabelLayer = (ctx: LayerContext): LayerSpecification => {
  const s = ctx.textScale;
  const size = (county: number, neighbour: number, country: number): ExpressionSpecification => [
    'match',
    ['get', 'kind'],
    'county',
    county * s,
    'neighbour',
    neighbour,
    country,
  ];
  return {
    id: 'area-label',
    type: 'symbol',
    source: SOURCE.labels,
    // 桑珠孜区 is also the central city, whose symbol carries the same name.
    filter: ['!=', ['get', 'id'], 'county-540202-label'],
    layout: {
      'text-field': nameField(ctx.lang),
      'text-font': LABEL_FONTS,
      'text-size': [
        'interpolate',
        ['linear'],
        ['zoom'],
        5,
        size(12, 14, 14),
        8,
        size(17, 14, 19),
        10,
        size(20, 14, 22),
      ],
      'text-letter-spacing': ['match', ['get', 'kind'], 'country-label', 0.3, 0],
      'text-max-width': 6,
      'symbol-sort-key': ['match', ['get', 'kind'], 'county', 1, 2],
    },
    paint: {
      'text-color': ['match', ['get', 'kind'], 'county', INK, 'neighbour', '#8d897f', '#9a958a'],
      'text-halo-color': [
        'match',
        ['get', 'kind'],
        'county',
        'rgba(255,255,255,0.9)',
        'neighbour',
        NEIGHBOUR_FILL,
        PAPER,
      ],
      'text-halo-width': ['match', ['get', 'kind'], 'county', 1.6, 1.2],
    },
  };
};
