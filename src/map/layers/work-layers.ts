import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { ICON_SCALE, LEGEND_ZOOM } from '../../symbology/classes';
import { HALO_COLOUR, INK, LABEL_FONTS } from '../../symbology/palette';
import { HOLLOW_EDGE, type SymbolSpec, valueAt } from '../../symbology/symbol-spec';
import { WORK_KIND_CLASSES, WORK_SECTORS, WORK_STATUS_CLASSES, type WorkKindClass } from '../../symbology/work-classes';
import { SOURCE } from '../sources';
import { byClass, byZoom } from './by-class';
import { haloOpacity } from './halo';
import { nameField } from './label-field';
import type { LayerContext } from './layer-context';
import { unlessFilteredOut } from './place-state';

type Line = Extract<SymbolSpec, { type: 'line' }>;
const LINE_KINDS = WORK_KIND_CLASSES.filter((c) => c.symbol.type === 'line');
const lineOf = (c: { id: string; symbol: SymbolSpec }): Line => {
  if (c.symbol.type !== 'line') throw new Error(`${c.id} must be a line`);
  return c.symbol;
};
const LINE_STATUS = WORK_STATUS_CLASSES.filter((c) => c.geometry === 'line');

const isLine: ExpressionSpecification = ['==', ['geometry-type'], 'LineString'];
const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];
const isStudy: ExpressionSpecification = ['==', ['get', 'status'], 'study'];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

/** The works of the sectors whose eye button is on. */
function sectorsShown(ctx: LayerContext): ExpressionSpecification {
  const hidden = WORK_SECTORS.filter((s) => ctx.hidden.includes(s.layer)).map((s) => s.value);
  return ['!', ['in', ['get', 'sector'], ['literal', hidden]]];
}

/** Whether any sector is shown: a layer of none is switched off (nothing to lay out). */
const anyShown = (ctx: LayerContext) => (WORK_SECTORS.some((s) => !ctx.hidden.includes(s.layer)) ? 'visible' : 'none');

const zooms = [...new Set(LINE_KINDS.flatMap((c) => lineOf(c).width.map(([z]) => z)))].sort((a, b) => a - b);

/** A line's width at a zoom by kind; wider when selected. */
const widthAt = (zoom: number, pick: (width: number) => number | ExpressionSpecification): ExpressionSpecification =>
  byClass(LINE_KINDS, (c: WorkKindClass) => pick(valueAt(lineOf(c).width, zoom)), pick(2));

/**
 * Roads, railways and the pipeline in one layer: colour and width by kind,
 * dash by status (solid 建成, dashed while planned), and a work under study
 * hollow — two thin edges, the line's width apart (line-gap-width).
 */
export const workLineLayer = (ctx: LayerContext): LayerSpecification => ({
  id: 'work-line',
  type: 'line',
  source: SOURCE.works,
  filter: ['all', isLine, sectorsShown(ctx)],
  layout: { 'line-join': 'round', 'line-cap': 'butt', visibility: anyShown(ctx) },
  paint: {
    'line-color': byClass(LINE_KINDS, (c) => lineOf(c).colour, INK),
    'line-width': [
      'interpolate',
      ['linear'],
      ['zoom'],
      ...zooms.flatMap((z) => [
        z,
        ['case', isStudy, HOLLOW_EDGE, ['case', selected, widthAt(z, (w) => w + 3), widthAt(z, (w) => w)]],
      ]),
    ] as unknown as ExpressionSpecification,
    'line-gap-width': [
      'interpolate',
      ['linear'],
      ['zoom'],
      ...zooms.flatMap((z) => [z, ['case', isStudy, widthAt(z, (w) => w), 0]]),
    ] as unknown as ExpressionSpecification,
    'line-dasharray': byClass(
      LINE_STATUS,
      (c) => ['literal', [...(lineOf(c).dash ?? [1, 0])]] as unknown as ExpressionSpecification,
      ['literal', [1, 0]] as unknown as ExpressionSpecification,
    ),
    'line-opacity': unlessFilteredOut(1),
  },
});

/** A halo under the selected, hovered or mentioned point work. */
export const workHaloLayer = (ctx: LayerContext): LayerSpecification => ({
  id: 'work-halo',
  type: 'circle',
  source: SOURCE.works,
  filter: ['all', isPoint, sectorsShown(ctx)],
  layout: { visibility: anyShown(ctx) },
  paint: { 'circle-radius': 15, 'circle-color': HALO_COLOUR, 'circle-opacity': unlessFilteredOut(haloOpacity) },
});

/** The icon icons.ts draws for a point work: its kind's shape and colour, its status's fill. */
export const workIconName: ExpressionSpecification = [
  'concat',
  'work/',
  ['get', 'kind'],
  '/',
  ['coalesce', ['get', 'status'], 'none'],
];

/** Airports, water works, reserves and heritage sites: one symbol layer, the icon by kind and status. */
export const workIconLayer = (ctx: LayerContext): LayerSpecification => ({
  id: 'work-icon',
  type: 'symbol',
  source: SOURCE.works,
  filter: ['all', isPoint, sectorsShown(ctx)],
  layout: {
    visibility: anyShown(ctx),
    'icon-image': workIconName,
    'icon-size': byZoom(ICON_SCALE),
    'icon-allow-overlap': true,
    'icon-ignore-placement': true,
  },
  paint: { 'icon-opacity': unlessFilteredOut(1) },
});

/** The names of point works, once zoomed in. */
export const workLabelLayer = (ctx: LayerContext): LayerSpecification => ({
  id: 'work-label',
  type: 'symbol',
  source: SOURCE.works,
  minzoom: 7.5,
  filter: ['all', isPoint, sectorsShown(ctx)],
  layout: {
    visibility: anyShown(ctx),
    'text-field': nameField(ctx.lang),
    'text-font': LABEL_FONTS,
    'text-size': ['interpolate', ['linear'], ['zoom'], LEGEND_ZOOM, 11 * ctx.textScale, 10, 13 * ctx.textScale],
    'text-variable-anchor': ['bottom', 'top', 'left', 'right'],
    'text-radial-offset': 1.1,
    'text-max-width': 9,
    'text-optional': true,
  },
  paint: {
    'text-color': INK,
    'text-halo-color': 'rgba(255,255,255,0.95)',
    'text-halo-width': 1.4,
    'text-opacity': unlessFilteredOut(1),
  },
});
