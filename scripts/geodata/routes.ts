import type { Feature, LineString, Position } from 'geojson';
import type { RouteProps } from '../../src/data/types';

/**
 * The routes of 专栏9, stop by stop as the plan lists them (the text lost its
 * separators; each stop is a county, named without 县). Drawn as straight
 * segments between the county seats (示意).
 */
const ROUTES: { id: string; name: string; name_en: string; type: RouteProps['route_type']; stops: string[] }[] = [
  {
    id: 'route-everest',
    name: '珠峰之旅',
    name_en: 'Everest Journey',
    type: 'tourism',
    stops: ['日喀则', '萨迦', '拉孜', '定日', '聂拉木', '吉隆'],
  },
  {
    id: 'route-red-river-valley',
    name: '红河谷之旅',
    name_en: 'Red River Valley Journey',
    type: 'tourism',
    stops: ['日喀则', '白朗', '江孜', '康马', '亚东'],
  },
  {
    id: 'route-yarlung-source',
    name: '雅江源之旅',
    name_en: 'Source of the Yarlung Tsangpo Journey',
    type: 'tourism',
    stops: ['仁布', '南木林', '日喀则', '拉孜', '昂仁', '萨嘎', '仲巴'],
  },
  {
    id: 'route-discovery',
    name: '发现之旅',
    name_en: 'Discovery Journey',
    type: 'tourism',
    stops: ['日喀则', '拉孜', '萨迦', '定结', '岗巴', '康马'],
  },
  {
    id: 'route-cross-border-loop',
    name: '跨境旅游环线',
    name_en: 'Cross-border tourism loop',
    type: 'cross-border',
    // "日喀则市区—珠峰—樟木或吉隆口岸—加德满都—博卡拉—木斯塘—里孜口岸—日喀则市区"; drawn via 樟木口岸.
    stops: ['日喀则市区', '珠峰', '樟木口岸', '加德满都', '博卡拉', '木斯塘', '里孜口岸', '日喀则市区'],
  },
];

/**
 * Stops outside the city's gazetteer: encyclopaedia coordinates (English
 * Wikipedia infoboxes), WGS-84. 木斯塘 is drawn at Lo Manthang, its old capital.
 */
export const FOREIGN_STOPS: Record<string, { at: Position; source: string }> = {
  珠峰: { at: [86.9253, 27.9881], source: "English Wikipedia, 'Mount Everest' (27°59′17″N 86°55′31″E)" },
  加德满都: { at: [85.324, 27.7172], source: "English Wikipedia, 'Kathmandu' (27°43′N 85°19′E)" },
  博卡拉: { at: [83.9856, 28.2096], source: "English Wikipedia, 'Pokhara' (28°12′35″N 83°59′08″E)" },
  木斯塘: { at: [83.9567, 29.1833], source: "English Wikipedia, 'Lo Manthang' (29°11′N 83°57′E)" },
};

/** The stops' English names: the counties' and ports' own (geodata), the foreign ones as English Wikipedia titles them. */
const STOP_EN: Record<string, string> = {
  日喀则: 'Shigatse',
  萨迦: 'Sakya',
  拉孜: 'Lhatse',
  定日: 'Tingri',
  聂拉木: 'Nyalam',
  吉隆: 'Gyirong',
  白朗: 'Panam',
  江孜: 'Gyantse',
  康马: 'Kangmar',
  亚东: 'Yadong',
  仁布: 'Rinbung',
  南木林: 'Namling',
  昂仁: 'Ngamring',
  萨嘎: 'Saga',
  仲巴: 'Zhongba',
  定结: 'Dinggyê',
  岗巴: 'Gamba',
  日喀则市区: 'Shigatse city',
  珠峰: 'Mount Everest (Qomolangma)',
  樟木口岸: 'Zhangmu (Dram) Port',
  加德满都: 'Kathmandu',
  博卡拉: 'Pokhara',
  木斯塘: 'Mustang',
  里孜口岸: 'Lizi Port',
};

export function buildRoutes(
  resolve: (stop: string) => { at: Position; source: string },
): Feature<LineString, RouteProps>[] {
  return ROUTES.map((r) => {
    const stops = r.stops.map(resolve);
    const sources = [...new Set(stops.map((s) => s.source))];
    return {
      type: 'Feature',
      properties: {
        // Filled in once the zones are built (zone-membership.ts).
        zones: [],
        kind: 'route',
        id: r.id,
        name: r.name,
        name_en: r.name_en,
        route_type: r.type,
        stops: r.stops,
        stops_en: r.stops.map((stop) => {
          const en = STOP_EN[stop];
          if (!en) throw new Error(`routes: no English name for the stop ${stop}`);
          return en;
        }),
        source: `straight segments between its stops (示意, not the road): ${sources.join('; ')}`,
        precision: 'schematic',
      },
      geometry: { type: 'LineString', coordinates: stops.map((s) => s.at) },
    };
  });
}
