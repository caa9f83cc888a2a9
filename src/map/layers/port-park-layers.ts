import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { isKindShown } from '../../filter/filter-model';
import { ICON_SCALE, type LayerItemId } from '../../symbology/classes';
import { HALO_COLOUR, INK, LABEL_FONTS } from '../../symbology/palette';
import { SOURCE } from '../sources';
import { byZoom } from './by-class';
import { haloOpacity } from './halo';
import { nameField } from './label-field';
import { type LayerContext, placeFilter, visibleIf } from './layer-context';
import { namesShown } from './names-shown';
import { unlessFilteredOut } from './place-state';

/** Parks sit at their host towns: drawn as a badge beside the town, so both can be clicked. */
const PARK_BADGE_OFFSET: [number, number] = [16, -16];

const halo = (
  id: string,
  source: string,
  visibility: 'visible' | 'none',
  translate: [number, number] = [0, 0],
): LayerSpecification => ({
  id,
  type: 'circle',
  source,
  layout: { visibility },
  paint: {
    'circle-translate': translate,
    'circle-radius': 16,
    'circle-color': HALO_COLOUR,
    'circle-opacity': unlessFilteredOut(haloOpacity),
  },
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
  visibility: 'visible' | 'none',
  image: ExpressionSpecification,
  offset: [number, number],
): LayerSpecification => ({
  id,
  type: 'symbol',
  source,
  layout: {
    visibility,
    'icon-image': image,
    'icon-offset': offset,
    'icon-size': byZoom(ICON_SCALE),
    'icon-allow-overlap': true,
    'icon-ignore-placement': true,
  },
  paint: { 'icon-opacity': unlessFilteredOut(1) },
});

const shown = (ctx: LayerContext, layer: LayerItemId) => visibleIf(ctx, layer);

export const portHaloLayer = (ctx: LayerContext) => halo('port-halo', SOURCE.ports, shown(ctx, 'layer:ports'));
// Follows the park badge's offset.
export const parkHaloLayer = (ctx: LayerContext) =>
  halo('park-halo', SOURCE.parks, shown(ctx, 'layer:parks'), PARK_BADGE_OFFSET);

/** Ports: shape by type, fill by the plan's status (symbology/classes.ts). */
export const portIconLayer = (ctx: LayerContext) =>
  icon('port-icon', SOURCE.ports, shown(ctx, 'layer:ports'), portIcon, [0, 0]);
/** Parks: hexagons coloured by category; a park inside another is smaller. */
export const parkIconLayer = (ctx: LayerContext) =>
  icon('park-icon', SOURCE.parks, shown(ctx, 'layer:parks'), parkIcon, PARK_BADGE_OFFSET);

/** The names of ports or parks, once zoomed in; only those the filter and the eye buttons leave. */
const poiLabelLayer = (ctx: LayerContext, kind: 'port' | 'park', layer: LayerItemId): LayerSpecification => ({
  id: `${kind}-label`,
  type: 'symbol',
  source: kind === 'port' ? SOURCE.ports : SOURCE.parks,
  minzoom: 7.5,
  filter: placeFilter(ctx, kind),
  layout: {
    visibility: visibleIf(ctx, layer),
    'text-field': nameField(ctx.lang),
    'text-font': LABEL_FONTS,
    'text-size': 12,
    'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
    'text-radial-offset': 1.1,
    'text-max-width': 9,
  },
  paint: {
    'text-color': INK,
    'text-halo-color': 'rgba(255,255,255,0.95)',
    'text-halo-width': 1.4,
    ...namesShown(isKindShown(kind, ctx.filters)),
  },
});

export const portLabelLayer = (ctx: LayerContext) => poiLabelLayer(ctx, 'port', 'layer:ports');
export const parkLabelLayer = (ctx: LayerContext) => poiLabelLayer(ctx, 'park', 'layer:parks');
