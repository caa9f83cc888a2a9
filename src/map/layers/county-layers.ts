import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { CountyProps } from '../../data/types';
import { COUNTY_LINE } from '../../symbology/classes';
import { INK, PAPER } from '../../symbology/palette';
import { SOURCE } from '../sources';
import { byZoom } from './by-class';
import { type LayerContext, visibleIf } from './layer-context';

const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];

/**
 * MapLibre smooths a fill's edges in a second pass over all of them, which costs every frame on a
 * weak GPU (README, Performance). The county lines, while shown, draw over every county edge.
 */
const smoothEdges = (ctx: LayerContext) => visibleIf(ctx, 'layer:county-lines') === 'none';

/**
 * A layer that shows nothing in this context is not drawn at all (`*-layer-opacity` 0, a paint
 * property: no new layout), rather than drawn transparent: a full-screen fill costs every frame on
 * a weak GPU. Feature-state still says which counties show, once the layer is drawn.
 */
const drawnIf = (shows: boolean | undefined) => (shows ? 1 : 0);

/** Transparent until hovered or selected; also the click target of a county. */
export const countyFillLayer = (ctx: LayerContext): LayerSpecification => ({
  id: 'county-fill',
  type: 'fill',
  source: SOURCE.counties,
  paint: {
    'fill-antialias': smoothEdges(ctx),
    'fill-color': INK,
    'fill-opacity': ['case', state('selected'), 0.22, state('hover'), 0.12, state('mentioned'), 0.16, 0],
    'fill-layer-opacity': drawnIf(ctx.countyHighlighted),
  },
});

/**
 * Dims the counties outside the filter's zones or counties, and, while a county
 * is explored, every other county. Driven by feature-state (`masked`, set by the
 * bridge from maskedCounties), so a filter click repaints without re-tiling.
 */
export const countyMaskLayer = (ctx: LayerContext): LayerSpecification => ({
  id: 'county-mask',
  type: 'fill',
  source: SOURCE.counties,
  paint: {
    'fill-antialias': smoothEdges(ctx),
    'fill-color': PAPER,
    'fill-opacity': ['case', state('masked'), 0.72, 0],
    'fill-layer-opacity': drawnIf(dimsAny(ctx)),
  },
});

export const countyLineLayer = (ctx: LayerContext): LayerSpecification => {
  const line = COUNTY_LINE.symbol;
  if (line.type !== 'line') throw new Error('the county line class must be a line');
  return {
    id: 'county-line',
    type: 'line',
    source: SOURCE.counties,
    layout: { visibility: visibleIf(ctx, 'layer:county-lines') },
    paint: { 'line-color': line.colour, 'line-width': byZoom(line.width), 'line-opacity': line.opacity },
  };
};

export const countySelectedLineLayer = (ctx: LayerContext): LayerSpecification => ({
  id: 'county-selected-line',
  type: 'line',
  source: SOURCE.counties,
  paint: {
    'line-color': INK,
    'line-width': ['case', state('selected'), 3, state('mentioned'), 2, state('hover'), 1.5, 0],
    'line-layer-opacity': drawnIf(ctx.countyHighlighted),
  },
  // The county lines' layout: MapLibre lays out layers of one source, filter and layout as one
  // bucket, so while those lines are shown the borders are tessellated once, not twice.
  layout: { visibility: 'visible' },
});

/** Whether the mask can dim any county in this context: a county explored, or counties or zones ticked. */
const dimsAny = (ctx: LayerContext) =>
  ctx.selectedCounty !== null || ctx.filters.counties.length > 0 || ctx.filters.zones.length > 0;

/** The ids of the counties the mask dims in this context. */
export function maskedCounties(ctx: LayerContext, counties: readonly CountyProps[]): string[] {
  if (!dimsAny(ctx)) return [];
  const { zones, counties: chosen } = ctx.filters;
  return counties
    .filter(
      (c) =>
        (ctx.selectedCounty !== null && c.id !== ctx.selectedCounty) ||
        (chosen.length > 0 && !chosen.includes(c.id)) ||
        (zones.length > 0 && !zones.some((z) => c.zones.includes(z))),
    )
    .map((c) => c.id);
}
