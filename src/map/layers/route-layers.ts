import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { LABEL_FONTS } from '../palette';
import { SOURCE } from '../sources';
import { nameField } from './label-field';
import { type LayerContext, placeFilter, visibleIf } from './layer-context';

export const ROUTE_COLOURS: Record<string, string> = {
  'route-everest': '#7b2cbf',
  'route-red-river-valley': '#c9184a',
  'route-yarlung-source': '#0077b6',
  'route-discovery': '#2d6a4f',
  'route-cross-border-loop': '#6c757d',
};

const routeColour: ExpressionSpecification = [
  'match',
  ['get', 'id'],
  ...Object.entries(ROUTE_COLOURS).flat(),
  '#555555',
] as unknown as ExpressionSpecification;

export const routeLineLayer = (ctx: LayerContext): LayerSpecification => ({
  id: 'route-line',
  type: 'line',
  source: SOURCE.routes,
  filter: placeFilter(ctx, 'route'),
  layout: { 'line-join': 'round', 'line-cap': 'round', visibility: visibleIf(ctx, 'layer:routes', 'route') },
  paint: {
    'line-color': routeColour,
    'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 5, 2.5],
    'line-dasharray': [3, 1.5],
    'line-opacity': 0.85,
  },
});

export const routeLabelLayer = (ctx: LayerContext): LayerSpecification => ({
  id: 'route-label',
  type: 'symbol',
  source: SOURCE.routes,
  minzoom: 7,
  filter: placeFilter(ctx, 'route'),
  layout: {
    visibility: visibleIf(ctx, 'layer:routes', 'route'),
    'symbol-placement': 'line',
    'text-field': nameField(ctx.lang),
    'text-font': LABEL_FONTS,
    'text-size': 12,
  },
  paint: { 'text-color': routeColour, 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
});
