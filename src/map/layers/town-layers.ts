import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { isKindShown, whereExpression } from '../../filter/filter-model';
import { SEAT_RING, TIER_CLASSES, type TierClass } from '../../symbology/classes';
import { HALO_COLOUR, INK, LABEL_FONTS } from '../../symbology/palette';
import type { SymbolSpec } from '../../symbology/symbol-spec';
import { SOURCE } from '../sources';
import { byClass, byZoom, byZoomAndClass } from './by-class';
import { haloOpacity } from './halo';
import { nameField } from './label-field';
import { type LayerContext, visibleIf } from './layer-context';
import { namesShown } from './names-shown';
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

/** A tier's names: a layer of its own, so ticking a tier hides the others' names by paint, without re-laying out any. */
const townLabelLayer = (ctx: LayerContext, tier: TierClass): LayerSpecification => {
  const { tiers } = ctx.filters;
  const tierShown = isKindShown('town', ctx.filters) && (tiers.length === 0 || tiers.includes(tier.value as never));
  return {
    id: `town-label-${tier.value}`,
    type: 'symbol',
    source: SOURCE.towns,
    filter: ['all', ['==', ['get', 'tier'], tier.value], whereExpression('town', ctx.filters)],
    layout: {
      visibility: visibleIf(ctx, 'layer:towns'),
      'text-field': nameField(ctx.lang),
      'text-font': LABEL_FONTS,
      'text-size': byZoom(tier.labelSize, ctx.textScale),
      'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
      'text-radial-offset': 0.9,
      'text-justify': 'auto',
      'text-max-width': 8,
    },
    paint: {
      'text-color': INK,
      'text-halo-color': 'rgba(255,255,255,0.95)',
      'text-halo-width': 1.6,
      ...namesShown(tierShown),
    },
  };
};

/**
 * Names by importance: the higher tier's layer lies on top, so its names are
 * placed first and win collisions, and show first as you zoom in.
 */
export const townLabelLayers = (ctx: LayerContext): LayerSpecification[] =>
  [...TIER_CLASSES].sort((a, b) => b.rank - a.rank).map((tier) => townLabelLayer(ctx, tier));
