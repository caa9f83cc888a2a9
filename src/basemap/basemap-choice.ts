/**
 * The basemaps a user may choose. The default draws no tiles and makes no
 * request. 天地图's `_w` tiles are Web Mercator on CGCS2000, which agrees with
 * the map's WGS-84 layers at this scale; AMap, Tencent and Baidu tiles are
 * shifted (GCJ-02, BD-09) and are not offered (see tile-url.ts).
 */
export const BASEMAP_IDS = ['none', 'tianditu-vector', 'tianditu-image', 'osm', 'custom'] as const;

export type BasemapId = (typeof BASEMAP_IDS)[number];

export const isBasemapId = (value: string): value is BasemapId => (BASEMAP_IDS as readonly string[]).includes(value);

/** How raster-DEM tiles encode elevation (MapLibre's raster-dem `encoding`). */
export type DemEncoding = 'terrarium' | 'mapbox';

/** What stays in this browser only (localStorage): never in a link, an export, a scene or an agenda file. */
export interface BasemapSettings {
  tiandituKey: string;
  /** An XYZ or WMTS template, as the user entered it. */
  customUrl: string;
  demUrl: string;
  demEncoding: DemEncoding;
}

export const EMPTY_BASEMAP_SETTINGS: BasemapSettings = {
  tiandituKey: '',
  customUrl: '',
  demUrl: '',
  demEncoding: 'terrarium',
};
