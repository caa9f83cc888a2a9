import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { CORRIDOR_AXIS, SPLIT_LINE, type SymbolClass, ZONE_CLASSES } from '../../symbology/classes';
import { type SymbolSpec, valueAt, type ZoomStops } from '../../symbology/symbol-spec';
import { SOURCE } from '../sources';
import { byClass } from './by-class';
import type { LayerContext } from './layer-context';

type Fill = Extract<SymbolSpec, { type: 'fill' }>;
type Line = Extract<SymbolSpec, { type: 'line' }>;
const fillOf = (c: SymbolClass): Fill => {
  if (c.symbol.type !== 'fill') throw new Error(`${c.id} must be a fill`);
  return c.symbol;
};
const lineOf = (c: SymbolClass): Line => {
  if (c.symbol.type !== 'line') throw new Error(`${c.id} must be a line`);
  return c.symbol;
};

/** The zone classes whose eye button is on. */
const shownZones = (ctx: LayerContext) => ZONE_CLASSES.filter((c) => c.layer && !ctx.hidden.includes(c.layer));

const CORRIDOR = ZONE_CLASSES.find((c) => c.value === 'corridor');
if (!CORRIDOR?.layer) throw new Error('the symbology has no corridor band');
const CORRIDOR_LAYER = CORRIDOR.layer;
/** The band as the subject: it dims the city under it less than the mask does elsewhere. */
const SPOTLIGHT_OPACITY_FACTOR = 2.5;

/**
 * Whether the filter asks for the corridor. The corridor is a band along roads,
 * not a set of counties: the mask dims every county, and the band is drawn over
 * the mask (corridorSpotlightLayer), so the band is what stands out.
 */
const corridorSpotlit = (ctx: LayerContext) =>
  ctx.filters.zones.includes('corridor') && !ctx.hidden.includes(CORRIDOR_LAYER);

/**
 * The core, the two belts (they colour the counties) and the corridor band (a
 * light wash: a band along roads, not a set of counties), in one fill layer.
 */
export const zoneFillLayer = (ctx: LayerContext): LayerSpecification => ({
  id: 'zone-fill',
  type: 'fill',
  source: SOURCE.zones,
  filter: [
    'all',
    ['==', ['get', 'kind'], 'zone'],
    [
      'in',
      ['get', 'id'],
      ['literal', shownZones(ctx).flatMap((c) => (c === CORRIDOR && corridorSpotlit(ctx) ? [] : [c.value]))],
    ],
  ],
  paint: {
    // No edge-smoothing pass: zone-line draws over the edge of every zone shown (county-layers.ts).
    'fill-antialias': false,
    'fill-color': byClass(ZONE_CLASSES, (c) => fillOf(c).colour, '#888888'),
    'fill-opacity': byClass(ZONE_CLASSES, (c) => fillOf(c).opacity, 0),
  },
});

/** The corridor band over the county mask, while the filter asks for the corridor. */
export const corridorSpotlightLayer = (ctx: LayerContext): LayerSpecification => {
  const fill = fillOf(CORRIDOR);
  return {
    id: 'corridor-spotlight',
    type: 'fill',
    source: SOURCE.zones,
    filter: ['all', ['==', ['get', 'kind'], 'zone'], ['==', ['get', 'id'], CORRIDOR.value]],
    layout: { visibility: corridorSpotlit(ctx) ? 'visible' : 'none' },
    paint: {
      'fill-antialias': false,
      'fill-color': fill.colour,
      'fill-opacity': Math.min(1, fill.opacity * SPOTLIGHT_OPACITY_FACTOR),
    },
  };
};

/** A line of the zones file: a zone's edge, the corridor's axes, the split of 仲巴县 and 萨嘎县. */
interface ZoneLine {
  match: ExpressionSpecification;
  colour: string;
  width: ZoomStops;
  dash: readonly number[];
  opacity: number;
}

function zoneLines(ctx: LayerContext): ZoneLine[] {
  const edges = shownZones(ctx).map((c): ZoneLine => {
    const edge = fillOf(c).edge;
    if (!edge) throw new Error(`${c.id} has no edge`);
    return {
      match: ['all', ['==', ['get', 'kind'], 'zone'], ['==', ['get', 'id'], c.value]],
      colour: edge.colour,
      width: edge.width,
      dash: edge.dash ?? [1, 0],
      opacity: 1,
    };
  });
  const lines = [CORRIDOR_AXIS, SPLIT_LINE]
    .filter((c) => !c.layer || !ctx.hidden.includes(c.layer))
    .map((c): ZoneLine => {
      const l = lineOf(c);
      return {
        match: ['==', ['get', c.property], c.value],
        colour: l.colour,
        width: l.width,
        dash: l.dash ?? [1, 0],
        opacity: l.opacity,
      };
    });
  return [...edges, ...lines];
}

/** `['case', match1, value1, …, fallback]` over the zone lines. */
const caseOf = (lines: ZoneLine[], pick: (l: ZoneLine) => unknown, fallback: unknown) =>
  ['case', ...lines.flatMap((l) => [l.match, pick(l)]), fallback] as unknown as ExpressionSpecification;

/** Every line of the zones file in one layer: each draws as its class says. */
export const zoneLineLayer = (ctx: LayerContext): LayerSpecification => {
  const lines = zoneLines(ctx);
  const zooms = [...new Set(lines.flatMap((l) => l.width.map(([z]) => z)))].sort((a, b) => a - b);
  const widthAt = (z: number) => caseOf(lines, (l) => valueAt(l.width, z), 0);
  return {
    id: 'zone-line',
    type: 'line',
    source: SOURCE.zones,
    filter: ['any', false, ...lines.map((l) => l.match)],
    // Miter joins (the default): round ones would tessellate every vertex of these long edges again.
    layout: { 'line-cap': 'butt' },
    paint: {
      'line-color': caseOf(lines, (l) => l.colour, '#888888'),
      'line-width': [
        'interpolate',
        ['linear'],
        ['zoom'],
        ...zooms.flatMap((z) => [z, widthAt(z)]),
      ] as unknown as ExpressionSpecification,
      'line-dasharray': caseOf(lines, (l) => ['literal', l.dash], ['literal', [1, 0]]),
      'line-opacity': caseOf(lines, (l) => l.opacity, 1),
    },
  };
};
