/**
 * The few words of the basemap control and the offline app that the start needs (spread into
 * strings.ts); the rest is in basemap-text.ts, loaded with the control's panel.
 */
export const BASEMAP_ZH = {
  basemap: '底图',
  urlKey_bm: '底图',
  urlKey_hs: '地形晕渲',
  appUpdated: '新版本已下载，下次打开时启用。',
  appUpdateNow: '立即更新',
} as const;

export const BASEMAP_EN: Record<keyof typeof BASEMAP_ZH, string> = {
  basemap: 'Basemap',
  urlKey_bm: 'basemap',
  urlKey_hs: 'hillshade',
  appUpdated: 'A new version has been downloaded; it starts the next time you open the map.',
  appUpdateNow: 'Update now',
};
