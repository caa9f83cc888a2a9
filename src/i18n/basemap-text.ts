import type { Bilingual } from './bilingual';
import { fill } from './bilingual';
import type { Lang } from './strings';

/**
 * The words of the basemap panel, its failures and its attribution, in both languages. Only the
 * parts that load on demand (the panel, the basemap's map code, the export) import them.
 */
const zh = {
  basemapTitle: '底图与地形',
  basemapNone: '无底图（离线）',
  basemapNoneHint: '不发出任何网络请求',
  basemapTiandituVector: '天地图',
  basemapTiandituVectorHint: '矢量与注记，需要天地图密钥',
  basemapTiandituImage: '天地图影像',
  basemapTiandituImageHint: '卫星影像与注记，需要天地图密钥',
  basemapOsm: 'OpenStreetMap',
  basemapOsmHint: '开放街图栅格瓦片',
  basemapCustom: '自定义瓦片服务',
  basemapCustomHint: 'XYZ 或 WMTS 地址模板，如本单位内网瓦片服务',
  tiandituKey: '天地图密钥',
  tiandituKeyHint: '只保存在本浏览器中，不写入链接、导出文件、场景或议程文件。',
  tileUrl: '瓦片地址',
  tileUrlHint: '含 {z}/{x}/{y}，或 WMTS 的 {TileMatrix}/{TileRow}/{TileCol}；只保存在本浏览器中。',
  hillshade: '地形晕渲',
  hillshadeHint: '由高程瓦片（raster-DEM）计算的山体阴影',
  demUrl: '高程瓦片地址',
  demEncoding: '高程编码',
  basemapApply: '使用',
  basemapOnline: '在线底图会向所选服务器请求瓦片；断网时自动恢复为无底图。',
  basemapNeedsKey: '请先填写天地图密钥。',
  basemapNeedsUrl: '请先填写瓦片地址。',
  tileUrlInvalid:
    '瓦片地址无效：须为 http(s) 地址，并含 {z}、{x}、{y}（或 WMTS 的 {TileMatrix}、{TileRow}、{TileCol}）。',
  tileUrlShifted:
    '不能使用{provider}的瓦片：它们采用{datum}加密坐标，与本图的 WGS-84 图层相差数百米。请改用天地图、OpenStreetMap 或 WGS-84/CGCS2000 的瓦片服务。',
  basemapFailed: '底图“{name}”无法加载（{cause}），已恢复为无底图（离线），其余视图不变。',
  hillshadeFailed: '地形晕渲无法加载（{cause}），已关闭，其余视图不变。',
  causeRefused: '服务器拒绝访问（HTTP {status}），请检查密钥或地址',
  causeHttp: '服务器返回错误（HTTP {status}）',
  causeNetwork: '无法连接服务器：网络已断开、服务器无响应，或服务器不允许本页读取瓦片（CORS）',
  causeNoKey: '未填写天地图密钥',
  causeNoUrl: '未填写瓦片地址',
  exportBasemapUnreadable:
    '底图服务器不允许读取其瓦片像素（CORS）或已无法访问，导出的地图会是空白。请切换为无底图（离线）后再导出。',
  attributionCustom: '瓦片：{host}',
  attributionDem: '高程：{host}',
} as const;

export type BasemapTextKey = keyof typeof zh;

const en: Record<BasemapTextKey, string> = {
  basemapTitle: 'Basemap and relief',
  basemapNone: 'No basemap (offline)',
  basemapNoneHint: 'Makes no network request',
  basemapTiandituVector: 'Tianditu',
  basemapTiandituVectorHint: 'Vector map with labels; needs a Tianditu key',
  basemapTiandituImage: 'Tianditu imagery',
  basemapTiandituImageHint: 'Satellite imagery with labels; needs a Tianditu key',
  basemapOsm: 'OpenStreetMap',
  basemapOsmHint: 'OpenStreetMap raster tiles',
  basemapCustom: 'Custom tile service',
  basemapCustomHint: 'An XYZ or WMTS URL template, such as your bureau’s intranet tile server',
  tiandituKey: 'Tianditu key',
  tiandituKeyHint: 'Kept in this browser only: never in a link, an export, a scene or an agenda file.',
  tileUrl: 'Tile URL',
  tileUrlHint: 'With {z}/{x}/{y}, or WMTS {TileMatrix}/{TileRow}/{TileCol}; kept in this browser only.',
  hillshade: 'Hillshade',
  hillshadeHint: 'Relief shading computed from elevation tiles (raster-DEM)',
  demUrl: 'Elevation tile URL',
  demEncoding: 'Elevation encoding',
  basemapApply: 'Use',
  basemapOnline:
    'An online basemap requests tiles from the chosen server; without a network the map falls back to no basemap.',
  basemapNeedsKey: 'Enter a Tianditu key first.',
  basemapNeedsUrl: 'Enter a tile URL first.',
  tileUrlInvalid:
    'Invalid tile URL: it must be an http(s) address with {z}, {x} and {y} (or WMTS {TileMatrix}, {TileRow} and {TileCol}).',
  tileUrlShifted:
    '{provider} tiles cannot be used: they are in the {datum} shifted coordinate system and would sit hundreds of metres off this map’s WGS-84 layers. Use Tianditu, OpenStreetMap or a WGS-84/CGCS2000 tile service instead.',
  basemapFailed:
    'The basemap “{name}” could not be loaded ({cause}); back to no basemap (offline), the rest of the view unchanged.',
  hillshadeFailed: 'The hillshade could not be loaded ({cause}); it was switched off, the rest of the view unchanged.',
  causeRefused: 'the server refused access (HTTP {status}): check the key or the URL',
  causeHttp: 'the server answered with an error (HTTP {status})',
  causeNetwork:
    'the server cannot be reached: no network, no answer, or the server does not let this page read its tiles (CORS)',
  causeNoKey: 'no Tianditu key entered',
  causeNoUrl: 'no tile URL entered',
  exportBasemapUnreadable:
    'The basemap server does not let this page read its tiles’ pixels (CORS) or can no longer be reached, so the exported map would be blank. Switch to no basemap (offline) and export again.',
  attributionCustom: 'Tiles: {host}',
  attributionDem: 'Elevation: {host}',
};

export const BASEMAP_TEXT: Record<Lang, Record<BasemapTextKey, string>> = { zh, en };

/** One of these strings with its `{name}` slots filled, in both languages. */
export function basemapText(key: BasemapTextKey, vars: Record<string, string | number> = {}): Bilingual {
  return { zh: fill(zh[key], vars), en: fill(en[key], vars) };
}
