import type { FilterDimension } from '../filter/filter-model';
import {
  CORRIDOR_AXIS,
  COUNTY_LINE,
  type LayerItemId,
  type Named,
  PARK_CHILD,
  PARK_CLASSES,
  PORT_STATUS_CLASSES,
  PORT_TYPE_CLASSES,
  ROUTE_CLASSES,
  SEAT_RING,
  SPLIT_LINE,
  type SymbolClass,
  TIER_CLASSES,
  ZONE_CLASSES,
} from './classes';
import { LAKE, NATIONAL_BORDER, PEAK, RIVER_CLASSES } from './physical-classes';
import { WORK_KIND_CLASSES, WORK_SECTORS, WORK_STATUS_OPTIONS } from './work-classes';

/** A checkbox of the filter: one value of one dimension, and the classes it stands for in the legend. */
export interface FilterOption extends Named {
  dimension: FilterDimension;
  value: string;
  classes: SymbolClass[];
  /** The eye button beside the option (each 项目类别 is also a layer). */
  layer?: LayerItemId;
}

export type GroupId = 'spatial' | 'towns' | 'ports' | 'parks' | 'routes' | 'works' | 'work-status' | 'physical';

/**
 * One group of the legend and filter, as the plan groups its content: its eye
 * buttons, its filter options, and the legend entries that are not options.
 */
export interface PanelGroup extends Named {
  id: GroupId;
  layers: (Named & { id: LayerItemId })[];
  options: FilterOption[];
  extras: SymbolClass[];
}

const option = (dimension: FilterDimension, c: SymbolClass, classes = [c]): FilterOption => ({
  dimension,
  value: c.value,
  name: c.name,
  name_en: c.name_en,
  classes,
});

const routesOfType = (type: string) => ROUTE_CLASSES.filter((r) => r.routeType === type);

export const PANEL_GROUPS: PanelGroup[] = [
  {
    id: 'spatial',
    name: '空间格局',
    name_en: 'Spatial structure',
    layers: [
      { id: 'layer:zones', name: '功能区底色', name_en: 'Zone colours' },
      { id: 'layer:corridor', name: '合作走廊带（示意）', name_en: 'Corridor band (schematic)' },
      { id: 'layer:county-lines', name: COUNTY_LINE.name, name_en: COUNTY_LINE.name_en },
    ],
    options: ZONE_CLASSES.map((c) => option('zones', c)),
    extras: [CORRIDOR_AXIS, SPLIT_LINE, COUNTY_LINE],
  },
  {
    id: 'towns',
    name: '城镇体系',
    name_en: 'Town system',
    layers: [{ id: 'layer:towns', name: '城镇体系', name_en: 'Town system' }],
    options: TIER_CLASSES.map((c) => option('tiers', c)),
    extras: [SEAT_RING],
  },
  {
    id: 'ports',
    name: '口岸',
    name_en: 'Ports and border trade',
    layers: [{ id: 'layer:ports', name: '口岸', name_en: 'Ports' }],
    options: PORT_STATUS_CLASSES.map((c) => option('portStatus', c)),
    extras: PORT_TYPE_CLASSES,
  },
  {
    id: 'parks',
    name: '园区',
    name_en: 'Parks',
    layers: [{ id: 'layer:parks', name: '园区', name_en: 'Parks' }],
    options: PARK_CLASSES.map((c) => option('parkCategory', c)),
    extras: [PARK_CHILD],
  },
  {
    id: 'routes',
    name: '线路',
    name_en: 'Routes',
    layers: [{ id: 'layer:routes', name: '线路', name_en: 'Routes' }],
    options: [
      {
        dimension: 'routeType',
        value: 'tourism',
        name: '“3+1”精品旅游线路',
        name_en: '"3+1" tourism routes',
        classes: routesOfType('tourism'),
      },
      {
        dimension: 'routeType',
        value: 'cross-border',
        name: '跨境旅游环线',
        name_en: 'Cross-border tourism loop',
        classes: routesOfType('cross-border'),
      },
    ],
    extras: [],
  },
  {
    id: 'works',
    name: '重大工程（项目类别）',
    name_en: 'Major works by sector',
    layers: WORK_SECTORS.map((s) => ({ id: s.layer, name: s.name, name_en: s.name_en })),
    options: WORK_SECTORS.map((s) => ({
      dimension: 'workSector',
      value: s.value,
      name: s.name,
      name_en: s.name_en,
      classes: WORK_KIND_CLASSES.filter((c) => c.sector === s.value),
      layer: s.layer,
    })),
    extras: [],
  },
  {
    id: 'work-status',
    name: '项目进展',
    name_en: 'Progress of works',
    // Drawn on the works' layers: shown while any of them is.
    layers: [],
    options: WORK_STATUS_OPTIONS.map((o) => ({ dimension: 'workStatus', ...o })),
    extras: [],
  },
  {
    id: 'physical',
    name: '自然地理',
    name_en: 'Physical geography',
    layers: [
      { id: 'layer:border', name: NATIONAL_BORDER.name, name_en: NATIONAL_BORDER.name_en },
      { id: 'layer:rivers', name: '河流', name_en: 'Rivers' },
      { id: 'layer:lakes', name: LAKE.name, name_en: LAKE.name_en },
      { id: 'layer:peaks', name: '山峰', name_en: 'Peaks' },
    ],
    options: [],
    extras: [NATIONAL_BORDER, ...RIVER_CLASSES, LAKE, PEAK],
  },
];

/** The option of a filter dimension with this value (its Chinese and English names). */
export function findOption(dimension: FilterDimension, value: string): FilterOption | undefined {
  return PANEL_GROUPS.flatMap((g) => g.options).find((o) => o.dimension === dimension && o.value === value);
}

export const ALL_LAYER_ITEMS: LayerItemId[] = PANEL_GROUPS.flatMap((g) => g.layers.map((l) => l.id));

export type { LayerItemId, Named } from './classes';
