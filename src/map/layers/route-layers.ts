import type { LayerSpecification } from 'maplibre-gl';
import { ROUTE_CLASSES, type RouteClass } from '../../symbology/classes';
import { LABEL_FONTS } from '../../symbology/palette';
import type { SymbolSpec } from '../../symbology/symbol-spec';
import { SOURCE } from '../sources';
import { byClass, byZoom } from './by-class';
import { nameField } from './label-field';
import { type LayerContext, visibleIf } from './layer-context';
import { unlessFilteredOut } from './place-state';

type Line = Extract<SymbolSpec, { type: 'line' }>;
const lineOf = (c: RouteClass): Line => {
  if (c.symbol.type !== 'line') throw new Error(`${c.id} must be a line`);
  return c.symbol;
};
// Every route shares width, dash and opacity; each has its own colour.
const shared = lineOf(ROUTE_CLASSES[0]!);
const routeColour = byClass(ROUTE_CLASSES, (c) => lineOf(c).colour, '#555555');

export const routeLineLayer = (ctx: LayerContext): LayerSpecification => ({
  id: 'route-line',
  type: 'line',
  source: SOURCE.routes,
  layout: { 'line-join': 'round', visibility: visibleIf(ctx, 'layer:routes') },
  paint: {
    'line-color': routeColour,
    'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 5, byZoom(shared.width)],
    'line-dasharray': [...(shared.dash ?? [1, 0])],
    'line-opacity': unlessFilteredOut(shared.opacity),
  },
});

export const routeLabelLayer = (ctx: LayerContext): LayerSpecification => ({
  id: 'route-label',
  type: 'symbol',
  source: SOURCE.routes,
  minzoom: 7,
  layout: {
    visibility: visibleIf(ctx, 'layer:routes'),
    'symbol-placement': 'line',
    'text-field': nameField(ctx.lang),
    'text-font': LABEL_FONTS,
    'text-size': 12,
  },
  paint: {
    'text-color': routeColour,
    'text-halo-color': '#ffffff',
    'text-halo-width': 1.5,
    'text-opacity': unlessFilteredOut(1),
  },
});
