import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { LEGEND_ZOOM } from '../../symbology/classes';
import { LABEL_FONTS } from '../../symbology/palette';
import {
  LAKE,
  NATIONAL_BORDER,
  PEAK,
  PEAK_COLOUR,
  RIVER_CLASSES,
  type RiverClass,
  WATER_LABEL,
} from '../../symbology/physical-classes';
import { type SymbolSpec, valueAt } from '../../symbology/symbol-spec';
import { SOURCE } from '../sources';
import { nameField } from './label-field';
import { type LayerContext, visibleIf } from './layer-context';

type Line = Extract<SymbolSpec, { type: 'line' }>;
type Fill = Extract<SymbolSpec, { type: 'fill' }>;
const lineOf = (symbol: SymbolSpec): Line => {
  if (symbol.type !== 'line') throw new Error('a river or border class must be a line');
  return symbol;
};
const fillOf = (symbol: SymbolSpec): Fill => {
  if (symbol.type !== 'fill') throw new Error('the lake class must be a fill');
  return symbol;
};

const kindIs = (kind: string): ExpressionSpecification => ['==', ['get', 'kind'], kind];
const named: ExpressionSpecification = ['has', 'name'];
const border = lineOf(NATIONAL_BORDER.symbol);

/** `['match', level, …levels of a class, value(class), …, fallback]`: a river's class by its WDBII level. */
const byLevel = (value: (c: RiverClass) => number | string, fallback: number | string): ExpressionSpecification =>
  [
    'match',
    ['to-number', ['get', 'level']],
    ...RIVER_CLASSES.flatMap((c) => [[...c.levels], value(c)]),
    fallback,
  ] as unknown as ExpressionSpecification;

/** A value for the border, or else by river class. */
const borderOrRiver = (
  forBorder: number | string,
  river: (c: RiverClass) => number | string,
  fallback: number | string,
): ExpressionSpecification => ['case', kindIs('national-border'), forBorder, byLevel(river, fallback)];

const zooms = [...new Set([...RIVER_CLASSES.map((c) => lineOf(c.symbol).width), border.width].flat().map(([z]) => z))];

/** Lakes, in water colour: above the county fill, under every line and name of the plan. */
export const lakeFillLayer = (ctx: LayerContext): LayerSpecification => {
  const fill = fillOf(LAKE.symbol);
  return {
    id: 'lake-fill',
    type: 'fill',
    source: SOURCE.physical,
    filter: kindIs('lake'),
    layout: { visibility: visibleIf(ctx, 'layer:lakes') },
    paint: { 'fill-color': fill.colour, 'fill-opacity': fill.opacity, 'fill-outline-color': fill.edge?.colour },
  };
};

/**
 * Rivers, tapered by level, and the national border over them, in one line
 * layer. An unnamed minor river appears only from its class's zoom (by
 * opacity, a zoom expression being allowed only at the top of a paint property).
 */
export const physicalLineLayer = (ctx: LayerContext): LayerSpecification => {
  const rivers = !ctx.hidden.includes('layer:rivers');
  const borderShown = !ctx.hidden.includes('layer:border');
  const opacityBelow = (zoom: number): ExpressionSpecification => [
    'case',
    kindIs('national-border'),
    border.opacity,
    ['all', ['!', named], ['>', byLevel((c) => c.minzoom, 99), zoom]],
    0,
    byLevel((c) => lineOf(c.symbol).opacity, 0),
  ];
  const steps = [...new Set(RIVER_CLASSES.map((c) => c.minzoom).filter((z) => z > 0))].sort((a, b) => a - b);
  return {
    id: 'physical-line',
    type: 'line',
    source: SOURCE.physical,
    filter: [
      'any',
      ['all', kindIs('river'), rivers],
      ['all', kindIs('national-border'), borderShown],
    ] as unknown as ExpressionSpecification,
    // Miter joins (the default): round ones would tessellate every vertex of the rivers again.
    layout: {
      // Butt caps: with round caps MapLibre draws a data-driven solid dash ([1, 0]) as nothing.
      'line-cap': 'butt',
      'line-sort-key': ['case', kindIs('national-border'), 1, 0],
    },
    paint: {
      'line-color': borderOrRiver(border.colour, (c) => lineOf(c.symbol).colour, '#888888'),
      'line-width': [
        'interpolate',
        ['linear'],
        ['zoom'],
        ...zooms
          .sort((a, b) => a - b)
          .flatMap((z) => [z, borderOrRiver(valueAt(border.width, z), (c) => valueAt(lineOf(c.symbol).width, z), 0)]),
      ] as unknown as ExpressionSpecification,
      'line-dasharray': [
        'case',
        kindIs('national-border'),
        ['literal', [...(border.dash ?? [1, 0])]],
        ['literal', [1, 0]],
      ],
      // Linear, with a step a hundredth of a zoom wide: MapLibre draws a zoom `step` over data as transparent.
      'line-opacity': [
        'interpolate',
        ['linear'],
        ['zoom'],
        ...steps.flatMap((z) => [z - 0.01, opacityBelow(z - 0.01), z, opacityBelow(z)]),
      ] as unknown as ExpressionSpecification,
    },
  };
};

/** Named rivers, along a smoothed copy of the line (kind `river-name`), in the interface language. */
export const riverLabelLayer = (ctx: LayerContext): LayerSpecification => ({
  id: 'river-label',
  type: 'symbol',
  source: SOURCE.physical,
  filter: kindIs('river-name'),
  layout: {
    visibility: visibleIf(ctx, 'layer:rivers'),
    'symbol-placement': 'line',
    'symbol-spacing': 320,
    'text-field': nameField(ctx.lang),
    'text-font': LABEL_FONTS,
    'text-size': ['interpolate', ['linear'], ['zoom'], LEGEND_ZOOM, 11 * ctx.textScale, 9, 14 * ctx.textScale],
    'text-letter-spacing': 0.15,
  },
  paint: { 'text-color': WATER_LABEL, 'text-halo-color': 'rgba(255,255,255,0.85)', 'text-halo-width': 1.2 },
});

/** Peaks (a triangle, the name and the elevation) and the names of named lakes. */
export const physicalPointLayer = (ctx: LayerContext): LayerSpecification => {
  const peaks = !ctx.hidden.includes('layer:peaks');
  const lakes = !ctx.hidden.includes('layer:lakes');
  const isPeak = kindIs('peak');
  const name = nameField(ctx.lang);
  return {
    id: 'physical-label',
    type: 'symbol',
    source: SOURCE.physical,
    filter: [
      'any',
      ['all', isPeak, peaks],
      ['all', kindIs('lake'), named, lakes],
    ] as unknown as ExpressionSpecification,
    layout: {
      'icon-image': ['case', isPeak, `peak/${PEAK.value}`, ''],
      'icon-allow-overlap': true,
      'text-field': [
        'case',
        isPeak,
        ['concat', name, '\n', ['to-string', ['get', 'elevation_m']], ' m'],
        name,
      ] as unknown as ExpressionSpecification,
      'text-font': LABEL_FONTS,
      'text-size': ['interpolate', ['linear'], ['zoom'], LEGEND_ZOOM, 10.5 * ctx.textScale, 9, 13 * ctx.textScale],
      'text-anchor': ['case', isPeak, 'top', 'center'],
      'text-offset': ['case', isPeak, ['literal', [0, 0.7]], ['literal', [0, 0]]],
      'text-optional': true,
      'text-max-width': 7,
    },
    paint: {
      'text-color': ['case', isPeak, PEAK_COLOUR, WATER_LABEL],
      'text-halo-color': 'rgba(255,255,255,0.85)',
      'text-halo-width': 1.2,
    },
  };
};
