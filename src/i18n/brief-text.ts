import type { Lang } from './strings';

/** The words of the county brief (县域简报), in both languages; only the brief's chunk imports them. */
const zh = {
  briefTitle: '{county}县域简报',
  briefAllTitle: '日喀则市18个县（区）县域简报',
  briefPlace: '在规划中的位置',
  briefZones: '所属功能区',
  briefBorder: '边境县',
  briefSeat: '驻地',
  briefTowns: '城镇体系',
  briefPorts: '口岸与边贸',
  briefParks: '园区',
  briefProjects: '重点项目（专栏）',
  briefPassages: '规划原文中的论述',
  briefNone: '规划未列出',
  briefMore: '另有{n}项，见交互地图',
  briefSources: '资料来源',
  briefSourcesText:
    '《日喀则市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》（日喀则市发展和改革委员会，2021-12-30）；县界与乡镇驻地：高德地图（GCJ-02→WGS-84）；各要素位置来源见交互地图中的要素详情。',
  briefDate: '生成日期',
  briefLink: '交互地图链接',
  briefPrint: '打印 / 保存为 PDF',
  briefAll: '全部18个县（区）简报',
  briefOne: '只看本县',
  briefClose: '关闭简报',
  briefDrawing: '正在绘制简报地图：{done} / {total}',
  briefReady: '简报已就绪（{n}页），可打印或保存为 PDF',
  briefFailed: '简报地图无法绘制：',
  briefUnknown: '链接中的县（区）不存在，简报已关闭',
  briefMapAlt: '{county}地图：功能区、城镇、口岸与园区（含比例尺与指北针）',
  briefColumn: '专栏{n}',
  briefVillageRecord: '※ 据地名资料记载有“边境村”；其余乡镇按几何规则划分（资料未载）。',
} as const;

export type BriefTextKey = keyof typeof zh;

const en: Record<BriefTextKey, string> = {
  briefTitle: 'County brief: {county}',
  briefAllTitle: 'County briefs of the 18 counties of Shigatse',
  briefPlace: 'Place in the plan',
  briefZones: 'Zones',
  briefBorder: 'Border county',
  briefSeat: 'Seat',
  briefTowns: 'Town system',
  briefPorts: 'Ports and border trade',
  briefParks: 'Parks',
  briefProjects: 'Key projects (columns)',
  briefPassages: 'What the plan says',
  briefNone: 'None listed in the plan',
  briefMore: '{n} more in the interactive map',
  briefSources: 'Sources',
  briefSourcesText:
    'Outline of the 14th Five-Year Plan and Vision 2035 of Shigatse (Shigatse DRC, 2021-12-30); county outlines and township seats: AMap (GCJ-02→WGS-84); each feature’s source is given in its details in the interactive map.',
  briefDate: 'Generated',
  briefLink: 'Interactive map',
  briefPrint: 'Print / save as PDF',
  briefAll: 'All 18 county briefs',
  briefOne: 'This county only',
  briefClose: 'Close the brief',
  briefDrawing: 'Drawing the brief’s maps: {done} / {total}',
  briefReady: 'The brief is ready ({n} pages): print it or save it as a PDF',
  briefFailed: 'The brief’s map could not be drawn: ',
  briefUnknown: 'The link names no such county; the brief was closed',
  briefMapAlt: 'Map of {county}: zones, towns, ports and parks (with scale bar and north arrow)',
  briefColumn: 'Column {n}',
  briefVillageRecord:
    '※ A village recorded as a border village (边境村) in the gazetteer pages; the other townships follow the geometric rule (the sources are silent).',
};

export const BRIEF_TEXT: Record<Lang, Record<BriefTextKey, string>> = { zh, en };
