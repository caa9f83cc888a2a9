import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { COUNTY_LINE, INK, LABEL_FONTS } from '../palette';
import { SOURCE } from '../sources';
import { nameField } from './label-field';
import { type LayerContext, visibleIf } from './layer-context';

const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const mentioned: ExpressionSpecification = ['boolean', ['feature-state', 'mentioned'], false];

/** Transparent until hovered or selected; also the click target of a county. */
export const countyFillLayer: LayerSpecification = {
  id: 'county-fill',
  type: 'fill',
  source: SOURCE.counties,
  paint: {
    'fill-color': INK,
    'fill-opacity': ['case', selected, 0.22, hovered, 0.12, mentioned, 0.16, 0],
  },
};

export const countyLineLayer = (ctx: LayerContext): LayerSpecification => ({
  id: 'county-line',
  type: 'line',
  source: SOURCE.counties,
  layout: { visibility: visibleIf(ctx, 'layer:county-lines') },
  paint: { 'line-color': COUNTY_LINE, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.8, 9, 2] },
});

export const countySelectedLineLayer: LayerSpecification = {
  id: 'county-selected-line',
  type: 'line',
  source: SOURCE.counties,
  paint: {
    'line-color': INK,
    'line-width': ['case', selected, 3, mentioned, 2, hovered, 1.5, 0],
  },
  layout: { 'line-join': 'round' },
};

/** One label per county at its pole of inaccessibility (computed at build time). */
export const countyLabelLayer = (ctx: LayerContext): LayerSpecification => ({
  id: 'county-label',
  type: 'symbol',
  source: SOURCE.labels,
  // 桑珠孜区 is also the central city, whose symbol carries the same name.
  filter: ['all', ['==', ['get', 'kind'], 'county'], ['!=', ['get', 'id'], 'county-540202-label']],
  layout: {
    'text-field': nameField(ctx.lang),
    'text-font': LABEL_FONTS,
    'text-size': [
      'interpolate',
      ['linear'],
      ['zoom'],
      5,
      12 * ctx.textScale,
      8,
      17 * ctx.textScale,
      10,
      20 * ctx.textScale,
    ],
    'text-max-width': 6,
    'text-allow-overlap': false,
  },
  paint: { 'text-color': INK, 'text-halo-color': 'rgba(255,255,255,0.9)', 'text-halo-width': 1.6 },
});

/**
 * Dims the counties outside the filter's zones or counties, and, while a county
 * is explored, every other county.
 */
export const countyMaskLayer = (ctx: LayerContext): LayerSpecification => {
  const { zones, counties } = ctx.filters;
  const outside: ExpressionSpecification[] = [];
  if (ctx.selectedCounty) outside.push(['!=', ['get', 'id'], ctx.selectedCounty]);
  if (counties.length > 0) outside.push(['!', ['in', ['get', 'id'], ['literal', counties]]]);
  if (zones.length > 0)
    outside.push(['!', ['any', ...zones.map((z): ExpressionSpecification => ['in', z, ['get', 'zones']])]]);
  return {
    id: 'county-mask',
    type: 'fill',
    source: SOURCE.counties,
    filter: ['any', false, ...outside],
    paint: { 'fill-color': '#f3f0e8', 'fill-opacity': 0.72 },
  };
};
