import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { INK, LABEL_FONTS } from '../palette';
import { SOURCE } from '../sources';
import { HALO_COLOUR, haloOpacity } from './halo';
import { nameField } from './label-field';
import { type LayerContext, placeFilter, visibleIf } from './layer-context';

/** Like the plan's 图2: size and colour fall with the tier. */
const byTier = (central: number, keyNode: number, node: number, keyTownship: number): ExpressionSpecification => [
  'match',
  ['get', 'tier'],
  'central-city',
  central,
  'key-node',
  keyNode,
  'node',
  node,
  keyTownship,
];

export const TIER_COLOURS = {
  'central-city': '#8e1b1b',
  'key-node': '#d2452e',
  node: '#f08a3c',
  'key-township': '#fff4d6',
} as const;

const tierColour: ExpressionSpecification = [
  'match',
  ['get', 'tier'],
  'central-city',
  TIER_COLOURS['central-city'],
  'key-node',
  TIER_COLOURS['key-node'],
  'node',
  TIER_COLOURS.node,
  TIER_COLOURS['key-township'],
];

/** The tier symbol's radius, plus `extra` pixels (zoom may only drive a top-level interpolate). */
const radius = (extra = 0): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['zoom'],
  5,
  byTier(8 + extra, 6 + extra, 4 + extra, 3 + extra),
  9,
  byTier(16 + extra, 12 + extra, 9 + extra, 7 + extra),
];

/** A halo under the selected or hovered town. */
export const townHaloLayer = (ctx: LayerContext): LayerSpecification => ({
  id: 'town-halo',
  type: 'circle',
  source: SOURCE.towns,
  filter: placeFilter(ctx, 'town'),
  layout: { visibility: visibleIf(ctx, 'layer:towns', 'town') },
  paint: {
    'circle-radius': radius(6),
    'circle-color': HALO_COLOUR,
    'circle-opacity': haloOpacity,
  },
});

/** The tier symbol; a county seat has a heavier ring. */
export const townCircleLayer = (ctx: LayerContext): LayerSpecification => ({
  id: 'town-circle',
  type: 'circle',
  source: SOURCE.towns,
  filter: placeFilter(ctx, 'town'),
  layout: { 'circle-sort-key': byTier(4, 3, 2, 1), visibility: visibleIf(ctx, 'layer:towns', 'town') },
  paint: {
    'circle-radius': radius(),
    'circle-color': tierColour,
    'circle-stroke-color': INK,
    'circle-stroke-width': ['case', ['get', 'is_county_seat'], 2.5, 1],
  },
});

/** Names by importance: higher tiers win collisions and show first as you zoom in. */
export const townLabelLayer = (ctx: LayerContext): LayerSpecification => ({
  id: 'town-label',
  type: 'symbol',
  source: SOURCE.towns,
  filter: placeFilter(ctx, 'town'),
  layout: {
    visibility: visibleIf(ctx, 'layer:towns', 'town'),
    'text-field': nameField(ctx.lang),
    'text-font': LABEL_FONTS,
    'text-size': [
      'interpolate',
      ['linear'],
      ['zoom'],
      5,
      byTier(15 * ctx.textScale, 13 * ctx.textScale, 11 * ctx.textScale, 10 * ctx.textScale),
      9,
      byTier(22 * ctx.textScale, 19 * ctx.textScale, 16 * ctx.textScale, 14 * ctx.textScale),
    ],
    'symbol-sort-key': byTier(1, 2, 3, 4),
    'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
    'text-radial-offset': 0.9,
    'text-justify': 'auto',
    'text-max-width': 8,
  },
  paint: {
    'text-color': INK,
    'text-halo-color': 'rgba(255,255,255,0.95)',
    'text-halo-width': 1.6,
  },
});
