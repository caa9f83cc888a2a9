import type { PortStatus, TierId, ZoneId } from '../data/types';
import type { FilterDimension, ParkCategory, RouteType } from '../filter/filter-model';

/** The layers a user can show or hide (the eye buttons); ids go into the URL. */
export type LayerItemId =
  | 'layer:zones'
  | 'layer:corridor'
  | 'layer:county-lines'
  | 'layer:towns'
  | 'layer:ports'
  | 'layer:parks'
  | 'layer:routes';

export interface Named {
  name: string;
  name_en: string;
}

export interface FilterOption extends Named {
  dimension: FilterDimension;
  value: ZoneId | TierId | PortStatus | ParkCategory | RouteType;
}

/** One group of the panel, as the plan groups its content: its layers and its filter options. */
export interface PanelGroup extends Named {
  id: 'spatial' | 'towns' | 'ports' | 'parks' | 'routes';
  layers: (Named & { id: LayerItemId })[];
  options: FilterOption[];
}

const zone = (value: ZoneId, name: string, name_en: string): FilterOption => ({
  dimension: 'zones',
  value,
  name,
  name_en,
});

export const PANEL_GROUPS: PanelGroup[] = [
  {
    id: 'spatial',
    name: '空间格局',
    name_en: 'Spatial structure',
    layers: [
      { id: 'layer:zones', name: '功能区底色', name_en: 'Zone colours' },
      { id: 'layer:corridor', name: '合作走廊带（示意）', name_en: 'Corridor band (schematic)' },
      { id: 'layer:county-lines', name: '县（区）界', name_en: 'County boundaries' },
    ],
    options: [
      zone('core', '年楚河高原经济高质量发展核心区', 'Nyangchu River core area'),
      zone('eco-belt', '雅江中上游生态文明高地建设带', 'Yarlung Tsangpo ecological belt'),
      zone('border-belt', '喜马拉雅中段强边建设带', 'Central Himalaya border belt'),
      zone('corridor', '面向南亚开发开放合作走廊', 'South Asia corridor'),
    ],
  },
  {
    id: 'towns',
    name: '城镇体系',
    name_en: 'Town system',
    layers: [{ id: 'layer:towns', name: '城镇体系', name_en: 'Town system' }],
    options: [
      { dimension: 'tiers', value: 'central-city', name: '中心城市', name_en: 'Central city' },
      { dimension: 'tiers', value: 'key-node', name: '重要节点城镇', name_en: 'Key node towns' },
      { dimension: 'tiers', value: 'node', name: '节点乡镇', name_en: 'Node townships' },
      { dimension: 'tiers', value: 'key-township', name: '重点乡镇', name_en: 'Key townships' },
    ],
  },
  {
    id: 'ports',
    name: '口岸',
    name_en: 'Ports and border trade',
    layers: [{ id: 'layer:ports', name: '口岸', name_en: 'Ports' }],
    options: [
      { dimension: 'portStatus', value: 'expand', name: '提升扩大', name_en: 'Open, to expand' },
      { dimension: 'portStatus', value: 'set-up', name: '推动开放设立', name_en: 'To open or set up' },
      { dimension: 'portStatus', value: 'study', name: '研究论证', name_en: 'Under study' },
    ],
  },
  {
    id: 'parks',
    name: '园区',
    name_en: 'Parks',
    layers: [{ id: 'layer:parks', name: '园区', name_en: 'Parks' }],
    options: [
      { dimension: 'parkCategory', value: '经济开发区', name: '经济开发区', name_en: 'Economic development zone' },
      { dimension: 'parkCategory', value: '开发开放试验区', name: '开发开放试验区', name_en: 'Opening-up pilot zone' },
      { dimension: 'parkCategory', value: '农业园区', name: '农业园区', name_en: 'Agricultural parks' },
      { dimension: 'parkCategory', value: '文化旅游园区', name: '文化旅游园区', name_en: 'Cultural tourism park' },
      { dimension: 'parkCategory', value: '数字产业园', name: '数字产业园', name_en: 'Digital industry park' },
    ],
  },
  {
    id: 'routes',
    name: '线路',
    name_en: 'Routes',
    layers: [{ id: 'layer:routes', name: '线路', name_en: 'Routes' }],
    options: [
      { dimension: 'routeType', value: 'tourism', name: '“3+1”精品旅游线路', name_en: '"3+1" tourism routes' },
      { dimension: 'routeType', value: 'cross-border', name: '跨境旅游环线', name_en: 'Cross-border tourism loop' },
    ],
  },
];

/** The option of a filter dimension with this value (its Chinese and English names). */
export function findOption(dimension: FilterDimension, value: string): FilterOption | undefined {
  return PANEL_GROUPS.flatMap((g) => g.options).find((o) => o.dimension === dimension && o.value === value);
}

export const ALL_LAYER_ITEMS: LayerItemId[] = PANEL_GROUPS.flatMap((g) => g.layers.map((l) => l.id));
