import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { INK, ZONE_COLOURS } from '../palette';
import { SOURCE } from '../sources';
import { type LayerContext, visibleIf } from './layer-context';

const zoneColour: ExpressionSpecification = [
  'match',
  ['get', 'id'],
  'core',
  ZONE_COLOURS.core,
  'eco-belt',
  ZONE_COLOURS['eco-belt'],
  'border-belt',
  ZONE_COLOURS['border-belt'],
  ZONE_COLOURS.corridor,
];

const isCorridorBand: ExpressionSpecification = [
  'all',
  ['==', ['get', 'kind'], 'zone'],
  ['==', ['get', 'id'], 'corridor'],
];

const isAreaZone: ExpressionSpecification = ['all', ['==', ['get', 'kind'], 'zone'], ['!=', ['get', 'id'], 'corridor']];

/** The core and the two belts, filled by zone colour: this is what colours the counties. */
export const zoneFillLayer = (ctx: LayerContext): LayerSpecification => ({
  id: 'zone-fill',
  type: 'fill',
  source: SOURCE.zones,
  filter: isAreaZone,
  layout: { visibility: visibleIf(ctx, 'layer:zones') },
  paint: { 'fill-color': zoneColour, 'fill-opacity': 0.5 },
});

export const zoneOutlineLayer = (ctx: LayerContext): LayerSpecification => ({
  id: 'zone-outline',
  type: 'line',
  source: SOURCE.zones,
  filter: isAreaZone,
  paint: { 'line-color': zoneColour, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 2, 9, 4] },
  layout: { 'line-join': 'round', visibility: visibleIf(ctx, 'layer:zones') },
});

/** The corridor is a band along roads, not a set of counties: a light wash with a dashed edge (示意). */
export const corridorBandLayer = (ctx: LayerContext): LayerSpecification => ({
  id: 'corridor-band',
  type: 'fill',
  source: SOURCE.zones,
  filter: isCorridorBand,
  layout: { visibility: visibleIf(ctx, 'layer:corridor') },
  paint: { 'fill-color': ZONE_COLOURS.corridor, 'fill-opacity': 0.22 },
});

export const corridorBandEdgeLayer = (ctx: LayerContext): LayerSpecification => ({
  id: 'corridor-band-edge',
  type: 'line',
  source: SOURCE.zones,
  filter: isCorridorBand,
  layout: { visibility: visibleIf(ctx, 'layer:corridor') },
  paint: { 'line-color': ZONE_COLOURS.corridor, 'line-width': 1.2, 'line-dasharray': [3, 2] },
});

export const corridorAxisLayer = (ctx: LayerContext): LayerSpecification => ({
  id: 'corridor-axis',
  type: 'line',
  source: SOURCE.zones,
  filter: ['==', ['get', 'kind'], 'corridor-axis'],
  paint: {
    'line-color': '#b35f0c',
    'line-width': ['interpolate', ['linear'], ['zoom'], 5, 2.5, 9, 5],
    'line-dasharray': [2, 1],
  },
  layout: { 'line-cap': 'round', 'line-join': 'round', visibility: visibleIf(ctx, 'layer:corridor') },
});

/** Where 仲巴县 and 萨嘎县 divide into border and non-border parts (示意). */
export const splitLineLayer: LayerSpecification = {
  id: 'split-line',
  type: 'line',
  source: SOURCE.zones,
  filter: ['==', ['get', 'kind'], 'split-line'],
  paint: { 'line-color': INK, 'line-width': 1.6, 'line-dasharray': [1.5, 1.5], 'line-opacity': 0.8 },
};
