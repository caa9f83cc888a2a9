import type { LayerSpecification } from 'maplibre-gl';
import { LABEL_FONTS, NEIGHBOUR_FILL, PAPER } from '../palette';
import { SOURCE } from '../sources';
import { nameField } from './label-field';
import type { LayerContext } from './layer-context';

/** Paper, the neighbouring prefectures in grey, and the neighbouring countries' names. */
export const backgroundLayer: LayerSpecification = {
  id: 'background',
  type: 'background',
  paint: { 'background-color': PAPER },
};

export const neighbourFillLayer: LayerSpecification = {
  id: 'neighbour-fill',
  type: 'fill',
  source: SOURCE.context,
  filter: ['==', ['get', 'kind'], 'neighbour'],
  paint: { 'fill-color': NEIGHBOUR_FILL, 'fill-outline-color': '#c4c0b6' },
};

export const neighbourLabelLayer = (ctx: LayerContext): LayerSpecification => ({
  id: 'neighbour-label',
  type: 'symbol',
  source: SOURCE.labels,
  filter: ['==', ['get', 'kind'], 'neighbour'],
  layout: {
    'text-field': nameField(ctx.lang),
    'text-font': LABEL_FONTS,
    'text-size': 14,
  },
  paint: { 'text-color': '#8d897f', 'text-halo-color': NEIGHBOUR_FILL, 'text-halo-width': 1 },
});

export const countryLabelLayer = (ctx: LayerContext): LayerSpecification => ({
  id: 'country-label',
  type: 'symbol',
  source: SOURCE.context,
  filter: ['==', ['get', 'kind'], 'country-label'],
  layout: {
    'text-field': nameField(ctx.lang),
    'text-font': LABEL_FONTS,
    'text-size': ['interpolate', ['linear'], ['zoom'], 5, 14, 9, 22],
    'text-letter-spacing': 0.3,
  },
  paint: { 'text-color': '#9a958a', 'text-halo-color': PAPER, 'text-halo-width': 1.5 },
});
