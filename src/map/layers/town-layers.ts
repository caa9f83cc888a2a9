import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { SEAT_RING, TIER_CLASSES, type TierClass } from '../../symbology/classes';
import { HALO_COLOUR, INK, LABEL_FONTS } from '../../symbology/palette';
import type { SymbolSpec } from '../../symbology/symbol-spec';
import { SOURCE } from '../sources';
import { byClass, byZoomAndClass } from './by-class';
import { haloOpacity } from './halo';
import { nameField } from './label-field';
import { type LayerContext, placeFilter, visibleIf } from './layer-context';
import { unlessFilteredOut } from './place-state';

type Circle = Extract<SymbolSpec, { type: 'circle' }>;
const circleOf = (c: TierClass): Circle => {
  if (c.symbol.type !== 'circle') throw new Error(`${c.id} must be a circle`);
  return c.symbol;
};
const seat = SEAT_RING.symbol as Circle;

/** The tier symbol's radius, plus `extra` pixels (for the halo). */
const radius = (extra = 0): ExpressionSpecification =>
  byZoomAndClass(TIER_CLASSES, (c) => circleOf(c).radius.map(([z, r]) => [z, r + extra] as const), 3 + extra);

/** A halo under the selected or hovered town. */
export const townHaloLayer = (ctx: LayerContext): LayerSpecification => ({
  id: 'town-halo',
  type: 'circle',
  source: SOURCE.towns,
  layout: { visibility: visibleIf(ctx, 'layer:towns') },
  paint: { 'circle-radius': radius(6), 'circle-color': HALO_COLOUR, 'circle-opacity': unlessFilteredOut(haloOpacity) },
});

/** One circle layer for every tier; a county seat has a heavier ring. */
export const townCircleLayer = (ctx: LayerContext): LayerSpecification => ({
  id: 'town-circle',
  type: 'circle',
  source: SOURCE.towns,
  layout: {
    'circle-sort-key': byClass(TIER_CLASSES, (c) => -c.rank, -9),
    visibility: visibleIf(ctx, 'layer:towns'),
  },
  paint: {
    'circle-opacity': unlessFilteredOut(1),
    'circle-stroke-opacity': unlessFilteredOut(1),
    'circle-radius': radius(),
    'circle-color': byClass(TIER_CLASSES, (c) => circleOf(c).colour, INK),
    'circle-stroke-color': byClass(TIER_CLASSES, (c) => circleOf(c).stroke, INK),
    'circle-stroke-width': [
      'case',
      ['get', 'is_county_seat'],
      seat.strokeWidth,
      byClass(TIER_CLASSES, (c) => circleOf(c).strokeWidth, 1),
    ],
  },
});

/** Names by importance: higher tiers win collisions and show first as you zoom in. */
export const townLabelLayer = (ctx: LayerContext): LayerSpecification => ({
  id: 'town-label',
  type: 'symbol',
  source: SOURCE.places,
  filter: ['all', ['==', ['get', 'kind'], 'town'], placeFilter(ctx, 'town')],
  layout: {
    visibility: visibleIf(ctx, 'layer:towns', 'town'),
    'text-field': nameField(ctx.lang),
    'text-font': LABEL_FONTS,
    'text-size': byZoomAndClass(TIER_CLASSES, (c) => c.labelSize, 10, ctx.textScale),
    'symbol-sort-key': byClass(TIER_CLASSES, (c) => c.rank, 9),
    'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
    'text-radial-offset': 0.9,
    'text-justify': 'auto',
    'text-max-width': 8,
  },
  paint: { 'text-color': INK, 'text-halo-color': 'rgba(255,255,255,0.95)', 'text-halo-width': 1.6 },
});
