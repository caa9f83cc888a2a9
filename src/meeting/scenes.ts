import type { Lang } from '../i18n/strings';
/**
 * A presentation is an ordered list of scenes; a scene is a saved view (as the
 * link codec writes it, so old agendas keep working), with a title, a short
 * caption in the plan's own words, and where the plan says it.
 */
export interface Scene {
  title: string;
  title_en: string;
  caption: string;
  /** Where the caption comes from in the plan (第三章第一节…). */
  cite: string;
  /** The view: a URL hash of the link codec (camera, filters, layers, selection, reader). */
  view: string;
  /** The user's imported layers the scene shows (by name: they live in a browser, not in a link). */
  userLayers?: string[];
  /** The speaker's notes, shown only in the presenter view. */
  notes?: string;
  /** What the scene is about: the camera frames it clear of the caption. Without it, the view's camera. */
  focus?: SceneFocus;
}

/** A scene's title in the interface language. */
export const sceneTitle = (scene: Pick<Scene, 'title' | 'title_en'>, lang: Lang) =>
  lang === 'zh' ? scene.title : scene.title_en;

/** The features a scene is about. */
export interface SceneFocus {
  /** Features by id: a zone, counties, the corridor band and its anchors. */
  ids?: string[];
  /** Also every place the scene's filter leaves on the map (a tier of towns, ports, parks, routes). */
  filteredPlaces?: boolean;
}

/** The 18 counties: the whole city. */
const CITY = [
  'county-540202',
  'county-540221',
  'county-540222',
  'county-540223',
  'county-540224',
  'county-540225',
  'county-540226',
  'county-540227',
  'county-540228',
  'county-540229',
  'county-540230',
  'county-540231',
  'county-540232',
  'county-540233',
  'county-540234',
  'county-540235',
  'county-540236',
  'county-540237',
];

/** 第三章第一节: the corridor's hub 桑珠孜区 and its anchors, the ports and the 乃堆拉 passage. */
const CORRIDOR_ANCHORS = [
  'town-540202',
  'port-gyirong',
  'port-zhangmu',
  'port-lizi',
  'port-riwu',
  'port-chentang',
  'passage-nathula',
];

/** The plan's spatial story: the default agenda. Captions are quoted from the plan text. */
export const DEFAULT_AGENDA: Scene[] = [
  {
    title: '全域格局：一核两带一廊',
    title_en: 'The whole city: one core, two belts, one corridor',
    caption: '加快构建“一核两带一廊”空间发展格局',
    cite: '第三章',
    view: '#v=1',
    focus: { ids: CITY },
  },
  {
    title: '年楚河高原经济高质量发展核心区',
    title_en: 'The Nyangchu River core area',
    caption: '以桑珠孜区为中心,涵盖白朗县和江孜县',
    cite: '第三章第一节',
    view: '#v=1&f=zones:core',
    focus: { ids: ['core'] },
  },
  {
    title: '雅江中上游生态文明高地建设带',
    title_en: 'The Yarlung Tsangpo ecological belt',
    caption: '是日喀则市生态文明建设的综合推进区',
    cite: '第三章第一节',
    view: '#v=1&f=zones:eco-belt',
    focus: { ids: ['eco-belt'] },
  },
  {
    title: '喜马拉雅中段强边建设带',
    title_en: 'The Central Himalaya border belt',
    caption: '是国家安全屏障的重要组成部分,是日喀则市强边战略的集中实施区',
    cite: '第三章第一节',
    view: '#v=1&f=zones:border-belt',
    focus: { ids: ['border-belt'] },
  },
  {
    title: '面向南亚开发开放合作走廊',
    title_en: 'The South Asia corridor',
    caption:
      '以桑珠孜区为枢纽,以吉隆口岸、樟木口岸、里孜口岸、日屋—陈塘口岸和亚东乃堆拉等众多传统边民互市贸易通道为支点',
    cite: '第三章第一节',
    view: '#v=1&f=zones:corridor',
    focus: { ids: ['corridor', ...CORRIDOR_ANCHORS] },
  },
  {
    title: '城镇体系',
    title_en: 'The town system',
    caption: '中心城市—重要节点城镇—节点城镇—重点乡镇',
    cite: '第五章第一节 专栏',
    view: '#v=1&f=tiers:central-city,tiers:key-node,tiers:node,tiers:key-township',
    focus: { filteredPlaces: true },
  },
  {
    title: '口岸',
    title_en: 'Ports and border trade',
    caption: '全力构建边境口岸带',
    cite: '第二十六章第一节',
    view: '#v=1&f=portStatus:expand,portStatus:set-up,portStatus:study',
    focus: { filteredPlaces: true },
  },
  {
    title: '园区',
    title_en: 'Parks',
    caption: '坚持空间集聚,业态集群,大力推动“九大园区”集聚发展',
    cite: '第十四章第二节',
    view: '#v=1&f=parkCategory:经济开发区,parkCategory:开发开放试验区,parkCategory:农业园区,parkCategory:文化旅游园区,parkCategory:数字产业园',
    focus: { filteredPlaces: true },
  },
  {
    title: '精品旅游线路',
    title_en: 'Tourism routes',
    caption: '“3+1”精品旅游线路打造项目',
    cite: '专栏9',
    view: '#v=1&f=routeType:tourism,routeType:cross-border',
    focus: { filteredPlaces: true },
  },
  {
    title: '重大基础设施',
    title_en: 'Major infrastructure',
    caption:
      '大力构建以桑珠孜区为中心,连通市域各县,辐射西藏西部、北部和边境一线,连接内地、面向南亚的现代化立体交通网络',
    cite: '第六章',
    view: '#v=1&f=workSector:transport',
    // The city, not every transport work: the 新藏铁路 reaches out to 和田.
    focus: { ids: CITY },
  },
];
