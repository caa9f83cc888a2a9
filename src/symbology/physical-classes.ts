import type { SymbolClass } from './classes';
import { LEGEND_ZOOM } from './classes';
import { constant, type ZoomStops } from './symbol-spec';

/**
 * Physical geography, under the plan's layers: calm water blues, a brown peak
 * symbol, and the national border as the one emphasised line. Kept apart from
 * the plan's classes; the layers read these, as they read classes.ts.
 */
export type PhysicalLayerId = 'layer:rivers' | 'layer:lakes' | 'layer:peaks' | 'layer:border';

export const WATER_LINE = '#4a86c0';
export const WATER_FILL = '#bcd7ec';
export const WATER_LABEL = '#2c6496';
export const PEAK_COLOUR = '#7a5230';

/** A river class: WDBII levels 0–1 are the main rivers, 2 large tributaries, 3–4 the others. */
export interface RiverClass extends SymbolClass {
  /** The WDBII levels of this class. */
  levels: readonly number[];
  /** An unnamed river of this class appears from this zoom (a named one at every zoom). */
  minzoom: number;
}

const river = (
  value: string,
  levels: number[],
  name: string,
  name_en: string,
  width: [number, number],
  minzoom: number,
): RiverClass => ({
  id: `river:${value}`,
  property: 'level',
  value,
  name,
  name_en,
  layer: 'layer:rivers',
  schematic: false,
  levels,
  minzoom,
  symbol: {
    type: 'line',
    colour: WATER_LINE,
    width: [
      [LEGEND_ZOOM, width[0]],
      [9, width[1]],
    ] satisfies ZoomStops,
    opacity: 0.9,
  },
});

/** Tapered by level: the main river widest; minor rivers wait for a closer zoom. */
export const RIVER_CLASSES: RiverClass[] = [
  river('main', [0, 1], '主要河流', 'Main rivers', [2.2, 3.6], 0),
  river('tributary', [2], '较大支流', 'Large tributaries', [1.4, 2.4], 0),
  river('minor', [3, 4], '其他河流', 'Other rivers', [0.9, 1.6], 7),
];

export const LAKE = {
  id: 'lake',
  property: 'kind',
  value: 'lake',
  name: '湖泊',
  name_en: 'Lakes',
  layer: 'layer:lakes',
  schematic: false,
  symbol: { type: 'fill', colour: WATER_FILL, opacity: 1, edge: { colour: WATER_LINE, width: constant(0.6) } },
} satisfies SymbolClass;

export const PEAK = {
  id: 'peak',
  property: 'kind',
  value: 'peak',
  name: '山峰（海拔，米）',
  name_en: 'Peaks (elevation, m)',
  layer: 'layer:peaks',
  schematic: false,
  symbol: { type: 'icon', shape: 'triangle', colour: PEAK_COLOUR, fill: 'full', outline: '#ffffff', radius: 6 },
} satisfies SymbolClass;

export const NATIONAL_BORDER = {
  id: 'national-border',
  property: 'kind',
  value: 'national-border',
  name: '国界',
  name_en: 'National border',
  layer: 'layer:border',
  schematic: false,
  symbol: {
    type: 'line',
    colour: '#5b4a6b',
    width: [
      [LEGEND_ZOOM, 2.6],
      [9, 4.2],
    ],
    dash: [3, 1, 1, 1],
    opacity: 0.9,
  },
} satisfies SymbolClass;

/** The river class of a WDBII level. */
export function riverClassOf(level: number): RiverClass | undefined {
  return RIVER_CLASSES.find((c) => c.levels.includes(level));
}
