import type { PortType, TierId, ZoneId } from '../data/types';
import type { ParkCategory, RouteType } from '../filter/filter-model';
import { ACCENT, INK } from './palette';
import type { PhysicalLayerId } from './physical-classes';
import { constant, type SymbolSpec, type ZoomStops } from './symbol-spec';
import type { WorkLayerId } from './work-classes';

/** The layers a user can show or hide (the eye buttons); ids go into the URL. */
export type LayerItemId =
  | 'layer:zones'
  | 'layer:corridor'
  | 'layer:county-lines'
  | 'layer:towns'
  | 'layer:ports'
  | 'layer:parks'
  | 'layer:routes'
  | WorkLayerId
  | PhysicalLayerId;

export interface Named {
  name: string;
  name_en: string;
}

/**
 * One class of feature the map draws: what it is (a property value of its
 * features), how it is drawn, what the legend calls it, and which eye button
 * shows it. The MapLibre layers, every legend and the filter read these.
 */
export interface SymbolClass extends Named {
  id: string;
  /** Features of this class: those whose `property` equals `value`. */
  property: string;
  value: string;
  symbol: SymbolSpec;
  layer: LayerItemId | null;
  /** Drawn schematically: the legend adds 示意. */
  schematic: boolean;
}

/**
 * The zoom the legends draw sizes at: the overview of the whole city on a laptop
 * or projector. Sizes grow from here as one zooms in.
 */
export const LEGEND_ZOOM = 6;

/** Port and park icons are drawn at this scale of their radius (1 at the legend's zoom). */
export const ICON_SCALE: ZoomStops = [
  [LEGEND_ZOOM, 1],
  [9, 1.35],
];

const cls = (c: Omit<SymbolClass, 'schematic' | 'layer'> & Partial<Pick<SymbolClass, 'schematic' | 'layer'>>) =>
  ({ schematic: false, layer: null, ...c }) satisfies SymbolClass;

// Zones: distinct in hue and lightness, so they survive a washed-out projector and
// common colour-vision deficiencies (red and green differ in lightness).
const zoneEdge: ZoomStops = [
  [LEGEND_ZOOM, 2],
  [9, 4],
];
const zone = (value: ZoneId, colour: string, n: Named) =>
  cls({
    id: `zone:${value}`,
    property: 'id',
    value,
    ...n,
    layer: 'layer:zones',
    symbol: { type: 'fill', colour, opacity: 0.5, edge: { colour, width: zoneEdge } },
  });

export const ZONE_CLASSES = [
  zone('core', '#c8412f', {
    name: '年楚河高原经济高质量发展核心区',
    name_en: 'Nyangchu River Core Area for High-Quality Plateau Economic Development',
  }),
  zone('eco-belt', '#6fae5d', {
    name: '雅江中上游生态文明高地建设带',
    name_en: 'Middle and Upper Yarlung Tsangpo Ecological Civilisation Belt',
  }),
  zone('border-belt', '#3f6fb0', {
    name: '喜马拉雅中段强边建设带',
    name_en: 'Central Himalaya Border-Strengthening Belt',
  }),
  cls({
    id: 'zone:corridor',
    property: 'id',
    value: 'corridor',
    name: '面向南亚开发开放合作走廊',
    name_en: 'South Asia Development and Opening-up Cooperation Corridor',
    layer: 'layer:corridor',
    schematic: true,
    symbol: {
      type: 'fill',
      colour: '#e8902a',
      opacity: 0.22,
      edge: { colour: '#e8902a', width: constant(1.2), dash: [3, 2] },
    },
  }),
];

export const CORRIDOR_AXIS = cls({
  id: 'corridor-axis',
  property: 'kind',
  value: 'corridor-axis',
  name: '走廊主轴（沿主要公路）',
  name_en: 'Corridor axis along main roads',
  layer: 'layer:corridor',
  schematic: true,
  symbol: {
    type: 'line',
    colour: ACCENT,
    width: [
      [LEGEND_ZOOM, 2.5],
      [9, 5],
    ],
    dash: [2, 1],
    opacity: 1,
  },
});

export const SPLIT_LINE = cls({
  id: 'split-line',
  property: 'kind',
  value: 'split-line',
  name: '仲巴县、萨嘎县边境沿线区域分界',
  name_en: 'Border / non-border split of Zhongba and Saga',
  schematic: true,
  symbol: { type: 'line', colour: INK, width: constant(1.6), dash: [1.5, 1.5], opacity: 0.8 },
});

export const COUNTY_LINE = cls({
  id: 'county-line',
  property: 'kind',
  value: 'county',
  name: '县（区）界',
  name_en: 'County boundaries',
  layer: 'layer:county-lines',
  symbol: {
    type: 'line',
    colour: '#ffffff',
    width: [
      [LEGEND_ZOOM, 0.8],
      [9, 2],
    ],
    opacity: 1,
    casing: '#9a968c',
  },
});

/** A town tier: size and colour fall with the tier, like the plan's 图2; its label size and rank too. */
export interface TierClass extends SymbolClass {
  labelSize: ZoomStops;
  /** 1 is the most important: it wins label collisions and draws on top. */
  rank: number;
}

const tier = (
  value: TierId,
  rank: number,
  n: Named,
  colour: string,
  radius: [number, number],
  label: [number, number],
): TierClass => ({
  ...cls({
    id: `tier:${value}`,
    property: 'tier',
    value,
    ...n,
    layer: 'layer:towns',
    symbol: {
      type: 'circle',
      colour,
      radius: [
        [LEGEND_ZOOM, radius[0]],
        [9, radius[1]],
      ],
      stroke: INK,
      strokeWidth: 1,
    },
  }),
  rank,
  labelSize: [
    [LEGEND_ZOOM, label[0]],
    [9, label[1]],
  ],
});

export const TIER_CLASSES: TierClass[] = [
  tier('central-city', 1, { name: '中心城市', name_en: 'Central city' }, '#8e1b1b', [8, 16], [15, 22]),
  tier('key-node', 2, { name: '重要节点城镇', name_en: 'Key node towns' }, '#d2452e', [6, 12], [13, 19]),
  tier('node', 3, { name: '节点乡镇', name_en: 'Node townships' }, '#f08a3c', [4, 9], [11, 16]),
  tier('key-township', 4, { name: '重点乡镇', name_en: 'Key townships' }, '#fff4d6', [3, 7], [10, 14]),
];

/** A county seat: the same tier symbol with a heavier ring. */
export const SEAT_RING = cls({
  id: 'town-seat',
  property: 'is_county_seat',
  value: 'true',
  name: '粗边框：县（区）政府驻地',
  name_en: 'Heavy ring: county seat',
  layer: 'layer:towns',
  symbol: { type: 'circle', colour: '#ffffff', radius: constant(5), stroke: INK, strokeWidth: 2.5 },
});

const PORT_COLOUR = '#123e6b';
const portIcon = (shape: 'square' | 'triangle' | 'diamond' | 'circle', fill: 'full' | 'half' | 'none'): SymbolSpec => ({
  type: 'icon',
  shape,
  colour: PORT_COLOUR,
  fill,
  outline: PORT_COLOUR,
  radius: 7.5,
});

/** Port status: the fill of the port's symbol (the plan's verb, see README). */
export const PORT_STATUS_CLASSES = [
  cls({
    id: 'port-status:expand',
    property: 'status',
    value: 'expand',
    name: '提升扩大',
    name_en: 'Open, to expand',
    layer: 'layer:ports',
    symbol: portIcon('square', 'full'),
  }),
  cls({
    id: 'port-status:set-up',
    property: 'status',
    value: 'set-up',
    name: '推动开放设立',
    name_en: 'To open or set up',
    layer: 'layer:ports',
    symbol: portIcon('square', 'half'),
  }),
  cls({
    id: 'port-status:study',
    property: 'status',
    value: 'study',
    name: '研究论证',
    name_en: 'Under study',
    layer: 'layer:ports',
    symbol: portIcon('square', 'none'),
  }),
];

/** Port type: the shape of the port's symbol. */
export const PORT_TYPE_CLASSES = (
  [
    ['口岸', 'Port', 'square'],
    ['边贸通道', 'Border-trade passage', 'triangle'],
    ['边贸市场', 'Border-trade market', 'diamond'],
    ['物流设施', 'Logistics facility', 'circle'],
  ] as const satisfies readonly (readonly [PortType, string, string])[]
).map(([value, name_en, shape]) =>
  cls({
    id: `port-type:${value}`,
    property: 'port_type',
    value,
    name: value,
    name_en,
    layer: 'layer:ports',
    symbol: portIcon(shape, 'full'),
  }),
);

const parkIcon = (colour: string, radius: number): SymbolSpec => ({
  type: 'icon',
  shape: 'hexagon',
  colour,
  fill: 'full',
  outline: '#ffffff',
  radius,
});

export const PARK_CLASSES = (
  [
    ['经济开发区', 'Economic development zone', '#6a3d9a'],
    ['开发开放试验区', 'Opening-up pilot zone', '#1f78b4'],
    ['农业园区', 'Agricultural parks', '#33a02c'],
    ['文化旅游园区', 'Cultural tourism park', '#b15928'],
    ['数字产业园', 'Digital industry park', '#e31a1c'],
  ] as const satisfies readonly (readonly [ParkCategory, string, string])[]
).map(([value, name_en, colour]) =>
  cls({
    id: `park:${value}`,
    property: 'category',
    value,
    name: value,
    name_en,
    layer: 'layer:parks',
    symbol: parkIcon(colour, 8),
  }),
);

/** A park inside another of the 九大园区: a smaller badge. */
export const PARK_CHILD = cls({
  id: 'park-child',
  property: 'parent',
  value: '*',
  name: '园区内的园区（小）',
  name_en: 'Park within a park (smaller)',
  layer: 'layer:parks',
  symbol: parkIcon('#8d897f', 5.5),
});

const routeLine = (colour: string): SymbolSpec => ({
  type: 'line',
  colour,
  width: constant(2.5),
  dash: [3, 1.5],
  opacity: 1,
});

/** Each route in its own colour; the filter chooses them by type. */
export interface RouteClass extends SymbolClass {
  routeType: RouteType;
}
const route = (value: string, routeType: RouteType, n: Named, colour: string): RouteClass => ({
  ...cls({
    id: `route:${value}`,
    property: 'id',
    value,
    ...n,
    layer: 'layer:routes',
    schematic: true,
    symbol: routeLine(colour),
  }),
  routeType,
});

export const ROUTE_CLASSES: RouteClass[] = [
  route('route-everest', 'tourism', { name: '珠峰之旅', name_en: 'Everest Journey' }, '#7b2cbf'),
  route('route-red-river-valley', 'tourism', { name: '红河谷之旅', name_en: 'Red River Valley Journey' }, '#c9184a'),
  route(
    'route-yarlung-source',
    'tourism',
    { name: '雅江源之旅', name_en: 'Source of the Yarlung Tsangpo Journey' },
    '#0077b6',
  ),
  route('route-discovery', 'tourism', { name: '发现之旅', name_en: 'Discovery Journey' }, '#2d6a4f'),
  route(
    'route-cross-border-loop',
    'cross-border',
    { name: '跨境旅游环线', name_en: 'Cross-border tourism loop' },
    '#6c757d',
  ),
];

/** The class of a feature with this property value, among `classes`. */
export function classOf<C extends SymbolClass>(classes: readonly C[], value: unknown): C | undefined {
  return classes.find((c) => c.value === String(value));
}

/** The colour a zone is drawn in (the swatch beside its name in panels). */
export function zoneColour(id: string): string {
  const fill = classOf(ZONE_CLASSES, id)?.symbol;
  return fill?.type === 'fill' ? fill.colour : INK;
}
