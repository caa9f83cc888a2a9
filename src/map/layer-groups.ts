import type { ParkProps, PortStatus, TierId, ZoneId } from '../data/types';

/**
 * The layer control, grouped as the plan groups its content. Each item is a
 * thing a user can show or hide; its id is stable (it goes into the URL).
 */
export type LayerItemId =
  | `zone:${ZoneId}`
  | 'county-lines'
  | `tier:${TierId}`
  | `port:${PortStatus}`
  | `park:${ParkProps['category']}`
  | 'route:tourism'
  | 'route:cross-border';

export interface LayerItem {
  id: LayerItemId;
  /** The plan's name where it has one. */
  name: string;
  name_en: string;
}

export interface LayerGroup {
  id: 'spatial' | 'towns' | 'ports' | 'parks' | 'routes';
  name: string;
  name_en: string;
  items: LayerItem[];
}

export const LAYER_GROUPS: LayerGroup[] = [
  {
    id: 'spatial',
    name: '空间格局',
    name_en: 'Spatial structure',
    items: [
      { id: 'zone:core', name: '年楚河高原经济高质量发展核心区', name_en: 'Nyangchu River core area' },
      { id: 'zone:eco-belt', name: '雅江中上游生态文明高地建设带', name_en: 'Yarlung Tsangpo ecological belt' },
      { id: 'zone:border-belt', name: '喜马拉雅中段强边建设带', name_en: 'Central Himalaya border belt' },
      { id: 'zone:corridor', name: '面向南亚开发开放合作走廊', name_en: 'South Asia corridor' },
      { id: 'county-lines', name: '县（区）界', name_en: 'County boundaries' },
    ],
  },
  {
    id: 'towns',
    name: '城镇体系',
    name_en: 'Town system',
    items: [
      { id: 'tier:central-city', name: '中心城市', name_en: 'Central city' },
      { id: 'tier:key-node', name: '重要节点城镇', name_en: 'Key node towns' },
      { id: 'tier:node', name: '节点乡镇', name_en: 'Node townships' },
      { id: 'tier:key-township', name: '重点乡镇', name_en: 'Key townships' },
    ],
  },
  {
    id: 'ports',
    name: '口岸',
    name_en: 'Ports and border trade',
    items: [
      { id: 'port:expand', name: '提升扩大', name_en: 'Open, to expand' },
      { id: 'port:set-up', name: '推动开放设立', name_en: 'To open or set up' },
      { id: 'port:study', name: '研究论证', name_en: 'Under study' },
    ],
  },
  {
    id: 'parks',
    name: '园区',
    name_en: 'Parks',
    items: [
      { id: 'park:经济开发区', name: '经济开发区', name_en: 'Economic development zone' },
      { id: 'park:开发开放试验区', name: '开发开放试验区', name_en: 'Opening-up pilot zone' },
      { id: 'park:农业园区', name: '农业园区', name_en: 'Agricultural parks' },
      { id: 'park:文化旅游园区', name: '文化旅游园区', name_en: 'Cultural tourism park' },
      { id: 'park:数字产业园', name: '数字产业园', name_en: 'Digital industry park' },
    ],
  },
  {
    id: 'routes',
    name: '线路',
    name_en: 'Routes',
    items: [
      { id: 'route:tourism', name: '“3+1”精品旅游线路', name_en: '"3+1" tourism routes' },
      { id: 'route:cross-border', name: '跨境旅游环线', name_en: 'Cross-border tourism loop' },
    ],
  },
];

export const ALL_LAYER_ITEMS: LayerItemId[] = LAYER_GROUPS.flatMap((g) => g.items.map((i) => i.id));
