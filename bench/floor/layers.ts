// The floor's layers: what the app shows at start (fills, lines, circles and
// labels of every kind), in plain style JSON. No halos, masks or selection
// outlines: those are invisible until a user acts, so they are app overhead.
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { LABEL_FONTS } from '../../src/symbology/palette';

const INK = '#1d2733';
const WATER = '#6fa8d6';
const text = (field = 'name') => ({
  'text-field': ['get', field] as ExpressionSpecification,
  'text-font': LABEL_FONTS,
});
const halo = { 'text-color': INK, 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 };
const tier = <T extends number | string>(central: T, keyNode: T, node: T, other: T): ExpressionSpecification => [
  'match',
  ['get', 'tier'],
  'central-city',
  central,
  'key-node',
  keyNode,
  'node',
  node,
  other,
];
const isKind = (kind: string): ExpressionSpecification => ['==', ['get', 'kind'], kind];
const isAreaZone: ExpressionSpecification = ['all', isKind('zone'), ['!=', ['get', 'id'], 'corridor']];
// The corridor band's edge, its axes and the split lines: the app's dashed lines (county parts are not drawn).
const isDashed: ExpressionSpecification = [
  'any',
  ['in', ['get', 'kind'], ['literal', ['corridor-axis', 'split-line']]],
  ['all', isKind('zone'), ['==', ['get', 'id'], 'corridor']],
];
// Labels the app puts only from zoom 7–7.5, like the app.
const placeLabel = (id: string, source: string): LayerSpecification => ({
  id,
  type: 'symbol',
  source,
  minzoom: 7.5,
  layout: { ...text(), 'text-size': 12, 'text-variable-anchor': ['top', 'bottom', 'left', 'right'] },
  paint: halo,
});

/** Bottom to top, as in the app. */
export const FLOOR_LAYERS: LayerSpecification[] = [
  { id: 'background', type: 'background', paint: { 'background-color': '#f3f0e8' } },
  {
    id: 'neighbour-fill',
    type: 'fill',
    source: 'context',
    filter: isKind('neighbour'),
    paint: { 'fill-color': '#ddd' },
  },
  {
    id: 'zone-fill',
    type: 'fill',
    source: 'zones',
    filter: isKind('zone'),
    paint: {
      'fill-color': [
        'match',
        ['get', 'id'],
        'core',
        '#c8412f',
        'eco-belt',
        '#6fae5d',
        'border-belt',
        '#3f6fb0',
        '#e8902a',
      ],
      'fill-opacity': ['case', ['==', ['get', 'id'], 'corridor'], 0.22, 0.5],
    },
  },
  { id: 'lake-fill', type: 'fill', source: 'physical', filter: isKind('lake'), paint: { 'fill-color': WATER } },
  { id: 'county-line', type: 'line', source: 'counties', paint: { 'line-color': '#fff', 'line-width': 1.5 } },
  { id: 'zone-outline', type: 'line', source: 'zones', filter: isAreaZone, paint: { 'line-color': '#888' } },
  {
    id: 'zone-dashes',
    type: 'line',
    source: 'zones',
    filter: isDashed,
    paint: { 'line-color': '#b35f0c', 'line-width': 2, 'line-dasharray': [2, 1] },
  },
  // Rivers tapered by level, the border over them: the app's one physical line layer.
  {
    id: 'physical-line',
    type: 'line',
    source: 'physical',
    filter: ['in', ['get', 'kind'], ['literal', ['river', 'national-border']]],
    paint: {
      'line-color': ['case', isKind('national-border'), '#5a3d6e', WATER],
      'line-width': ['case', isKind('national-border'), 2.5, ['match', ['get', 'level'], 1, 1.8, 2, 1.2, 0.7]],
    },
  },
  { id: 'route-line', type: 'line', source: 'routes', paint: { 'line-color': '#7b2cbf', 'line-dasharray': [3, 1.5] } },
  // The plan's works: roads and railways as lines, airports, stations and the rest as points.
  {
    id: 'work-line',
    type: 'line',
    source: 'works',
    filter: ['==', ['geometry-type'], 'LineString'],
    paint: { 'line-color': ['match', ['get', 'kind'], 'road', '#d0104c', '#2f2f2f'], 'line-width': 2.5 },
  },
  {
    id: 'town-circle',
    type: 'circle',
    source: 'towns',
    paint: {
      'circle-radius': tier(10, 8, 6, 4),
      'circle-color': tier('#8e1b1b', '#d2452e', '#f08a3c', '#fff4d6'),
      'circle-stroke-width': 1,
    },
  },
  { id: 'park-circle', type: 'circle', source: 'parks', paint: { 'circle-radius': 6, 'circle-color': '#33a02c' } },
  { id: 'port-circle', type: 'circle', source: 'ports', paint: { 'circle-radius': 6, 'circle-color': '#123e6b' } },
  {
    id: 'work-circle',
    type: 'circle',
    source: 'works',
    filter: ['==', ['geometry-type'], 'Point'],
    paint: { 'circle-radius': 5, 'circle-color': '#5c4d7d' },
  },
  { id: 'neighbour-label', type: 'symbol', source: 'labels', filter: isKind('neighbour'), layout: text(), paint: halo },
  {
    id: 'country-label',
    type: 'symbol',
    source: 'context',
    filter: isKind('country-label'),
    layout: text(),
    paint: halo,
  },
  {
    id: 'route-label',
    type: 'symbol',
    source: 'routes',
    minzoom: 7,
    layout: { ...text(), 'symbol-placement': 'line', 'text-size': 12 },
    paint: halo,
  },
  {
    id: 'river-label',
    type: 'symbol',
    source: 'physical',
    filter: isKind('river-name'),
    layout: { ...text(), 'symbol-placement': 'line', 'text-size': 11 },
    paint: halo,
  },
  {
    id: 'physical-label',
    type: 'symbol',
    source: 'physical',
    filter: ['any', isKind('peak'), ['all', isKind('lake'), ['has', 'name']]],
    layout: { ...text(), 'text-size': 11, 'text-variable-anchor': ['top', 'bottom'] },
    paint: halo,
  },
  { ...placeLabel('work-label', 'works'), filter: ['==', ['geometry-type'], 'Point'] } as LayerSpecification,
  placeLabel('park-label', 'parks'),
  placeLabel('port-label', 'ports'),
  {
    id: 'town-label',
    type: 'symbol',
    source: 'towns',
    layout: {
      ...text(),
      'text-size': tier(15, 13, 11, 10),
      'symbol-sort-key': tier(1, 2, 3, 4),
      'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
      'text-radial-offset': 0.9,
    },
    paint: halo,
  },
  // 桑珠孜区 shares its name with the central city's symbol: the app leaves its county label out.
  {
    id: 'county-label',
    type: 'symbol',
    source: 'labels',
    filter: ['all', isKind('county'), ['!=', ['get', 'id'], 'county-540202-label']],
    layout: { ...text(), 'text-size': 14, 'text-max-width': 6 },
    paint: halo,
  },
];

/** What ticking 节点乡镇 changes in the app: towns filtered to the tier, the other kinds hidden. */
export const TOWN_LAYERS = ['town-circle', 'town-label'];
export const OTHER_KIND_LAYERS = [
  'work-line',
  'work-circle',
  'work-label',
  'park-circle',
  'port-circle',
  'route-line',
  'route-label',
  'park-label',
  'port-label',
];
