import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { PlaceKind } from '../../filter/filter-model';
import { ICON_SCALE, type LayerItemId } from '../../symbology/classes';
import { HALO_COLOUR, INK, LABEL_FONTS } from '../../symbology/palette';
import { SOURCE } from '../sources';
import { byZoom } from './by-class';
import { haloOpacity } from './halo';
import { nameField } from './label-field';
import { type LayerContext, placeFilter, visibleIf } from './layer-context';

/** Parks sit at their host towns: drawn as a badge beside the town, so both can be clicked. */
const PARK_BADGE_OFFSET: [number, number] = [16, -16];

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
  layer: LayerItemId,
  kind: PlaceKind,
): LayerSpecification => ({
  id,
  type: 'symbol',
  source,
  minzoom: 7.5,
  filter: placeFilter(ctx, kind),
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

/** The icon names icons.ts draws from the model: a port's type and status, a park's category and role. */
const portIcon: ExpressionSpecification = ['concat', 'port/', ['get', 'port_type'], '/', ['get', 'status']];
const parkIcon: ExpressionSpecification = [
  'concat',
  'park/',
  ['get', 'category'],
  '/',
  ['case', ['==', ['get', 'parent'], null], 'main', 'child'],
];

const icon = (
  id: string,
  source: string,
  ctx: LayerContext,
  layer: LayerItemId,
  kind: PlaceKind,
  image: ExpressionSpecification,
  offset: [number, number],
): LayerSpecification => ({
  id,
  type: 'symbol',
  source,
  filter: placeFilter(ctx, kind),
  layout: {
    visibility: visibleIf(ctx, layer, kind),
    'icon-image': image,
    'icon-offset': offset,
    'icon-size': byZoom(ICON_SCALE),
    'icon-allow-overlap': true,
    'icon-ignore-placement': true,
  },
});

export const portHaloLayer = (ctx: LayerContext) =>
  halo('port-halo', SOURCE.ports, placeFilter(ctx, 'port'), visibleIf(ctx, 'layer:ports', 'port'));
// Follows the park badge's offset.
export const parkHaloLayer = (ctx: LayerContext) =>
  halo('park-halo', SOURCE.parks, placeFilter(ctx, 'park'), visibleIf(ctx, 'layer:parks', 'park'), PARK_BADGE_OFFSET);

/** Ports: shape by type, fill by the plan's status (symbology/classes.ts). */
export const portIconLayer = (ctx: LayerContext) =>
  icon('port-icon', SOURCE.ports, ctx, 'layer:ports', 'port', portIcon, [0, 0]);
/** Parks: hexagons coloured by category; a park inside another is smaller. */
export const parkIconLayer = (ctx: LayerContext) =>
  icon('park-icon', SOURCE.parks, ctx, 'layer:parks', 'park', parkIcon, PARK_BADGE_OFFSET);

export const portLabelLayer = (ctx: LayerContext) => label('port-label', SOURCE.ports, ctx, 'layer:ports', 'port');
export const parkLabelLayer = (ctx: LayerContext) => label('park-label', SOURCE.parks, ctx, 'layer:parks', 'park');
