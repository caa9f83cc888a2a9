import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { PlaceKind } from '../../filter/filter-model';
import type { LayerItemId } from '../layer-groups';
import { INK, LABEL_FONTS } from '../palette';
import { SOURCE } from '../sources';
import { HALO_COLOUR, haloOpacity } from './halo';
import { nameField } from './label-field';
import { type LayerContext, placeFilter, visibleIf } from './layer-context';

const halo = (
  id: string,
  source: string,
  filter: FilterSpecification,
  visibility: 'visible' | 'none',
  translate: [number, number] = [0, 0],
): LayerSpecification => ({
  id,
  type: 'circle',
  source,
  filter,
  layout: { visibility },
  paint: {
    'circle-translate': translate,
    'circle-radius': 16,
    'circle-color': HALO_COLOUR,
    'circle-opacity': haloOpacity,
  },
});

const label = (
  id: string,
  source: string,
  ctx: LayerContext,
  filter: FilterSpecification,
  layer: LayerItemId,
  kind: PlaceKind,
): LayerSpecification => ({
  id,
  type: 'symbol',
  source,
  minzoom: 7.5,
  filter,
  layout: {
    visibility: visibleIf(ctx, layer, kind),
    'text-field': nameField(ctx.lang),
    'text-font': LABEL_FONTS,
    'text-size': 12,
    'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
    'text-radial-offset': 1.1,
    'text-max-width': 9,
  },
  paint: { 'text-color': INK, 'text-halo-color': 'rgba(255,255,255,0.95)', 'text-halo-width': 1.4 },
});

const portIcon: ExpressionSpecification = ['concat', 'port/', ['get', 'port_type'], '/', ['get', 'status']];
const parkIcon: ExpressionSpecification = [
  'concat',
  'park/',
  ['get', 'category'],
  '/',
  ['case', ['==', ['get', 'parent'], null], 'main', 'child'],
];

export const portHaloLayer = (ctx: LayerContext) =>
  halo('port-halo', SOURCE.ports, placeFilter(ctx, 'port'), visibleIf(ctx, 'layer:ports', 'port'));
// Follows the park badge's offset.
export const parkHaloLayer = (ctx: LayerContext) =>
  halo('park-halo', SOURCE.parks, placeFilter(ctx, 'park'), visibleIf(ctx, 'layer:parks', 'park'), [14, -14]);

/** Ports: shape by type (口岸 ■, 边贸通道 ▲, 边贸市场 ◆, 物流设施 ●), fill by the plan's status. */
export const portIconLayer = (ctx: LayerContext): LayerSpecification => ({
  id: 'port-icon',
  type: 'symbol',
  source: SOURCE.ports,
  filter: placeFilter(ctx, 'port'),
  layout: {
    visibility: visibleIf(ctx, 'layer:ports', 'port'),
    'icon-image': portIcon,
    'icon-size': ['interpolate', ['linear'], ['zoom'], 5, 0.8, 9, 1.2],
    'icon-allow-overlap': true,
    'icon-ignore-placement': true,
  },
});

/** Parks: hexagons coloured by category; a park inside another is smaller. */
export const parkIconLayer = (ctx: LayerContext): LayerSpecification => ({
  id: 'park-icon',
  type: 'symbol',
  source: SOURCE.parks,
  filter: placeFilter(ctx, 'park'),
  layout: {
    visibility: visibleIf(ctx, 'layer:parks', 'park'),
    'icon-image': parkIcon,
    // Parks sit at their host towns: drawn as a badge beside the town, so both can be clicked.
    'icon-offset': [16, -16],
    'icon-size': ['interpolate', ['linear'], ['zoom'], 5, 0.8, 9, 1.2],
    'icon-allow-overlap': true,
    'icon-ignore-placement': true,
  },
});

export const portLabelLayer = (ctx: LayerContext) =>
  label('port-label', SOURCE.ports, ctx, placeFilter(ctx, 'port'), 'layer:ports', 'port');
export const parkLabelLayer = (ctx: LayerContext) =>
  label('park-label', SOURCE.parks, ctx, placeFilter(ctx, 'park'), 'layer:parks', 'park');
