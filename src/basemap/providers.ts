import { BASEMAP_TEXT, type BasemapTextKey, basemapText } from '../i18n/basemap-text';
import type { Bilingual } from '../i18n/bilingual';
import { fill } from '../i18n/bilingual';
import type { BasemapId, BasemapSettings, DemEncoding } from './basemap-choice';
import { checkTileUrl } from './tile-url';

/** One raster tile layer of a basemap (天地图 draws two: the map, then its labels). */
export interface TileSet {
  /** Unique within the basemap; becomes the source and layer id. */
  id: string;
  tiles: string[];
  maxzoom: number;
  /** Photographs: lightened more, so that the plan's fills stay readable over them. */
  imagery: boolean;
}

export interface ResolvedBasemap {
  id: Exclude<BasemapId, 'none'>;
  tileSets: TileSet[];
  attribution: Bilingual;
}

export interface ResolvedDem {
  tiles: string[];
  encoding: DemEncoding;
  attribution: Bilingual;
}

/** A choice that can be drawn (null: nothing to draw), or why it cannot. */
export type Resolution<T> = { ok: true; value: T | null } | { ok: false; cause: Bilingual };

/** The interface name of each choice, for the control and the failure notice. */
export const BASEMAP_NAME: Record<BasemapId, BasemapTextKey> = {
  none: 'basemapNone',
  'tianditu-vector': 'basemapTiandituVector',
  'tianditu-image': 'basemapTiandituImage',
  osm: 'basemapOsm',
  custom: 'basemapCustom',
};

const TIANDITU_ATTRIBUTION: Bilingual = {
  zh: '天地图 © 国家地理信息公共服务平台',
  en: 'Tianditu © National Platform for Common GeoSpatial Information Services',
};
const OSM_ATTRIBUTION: Bilingual = { zh: '© OpenStreetMap 贡献者', en: '© OpenStreetMap contributors' };

/** 天地图's WMTS GetTile template for a layer of its Web Mercator (`_w`) matrix set, on its eight hosts. */
function tiandituTiles(layer: 'vec' | 'cva' | 'img' | 'cia', key: string): string[] {
  return Array.from(
    { length: 8 },
    (_, n) =>
      `https://t${n}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}` +
      `&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`,
  );
}

/** The tiles of a basemap choice, with the user's key or template from this browser's settings. */
export function resolveBasemap(id: BasemapId, settings: BasemapSettings): Resolution<ResolvedBasemap> {
  switch (id) {
    case 'none':
      return { ok: true, value: null };
    case 'tianditu-vector':
    case 'tianditu-image': {
      const key = settings.tiandituKey.trim();
      if (!key) return { ok: false, cause: basemapText('causeNoKey') };
      const [base, labels] = id === 'tianditu-vector' ? (['vec', 'cva'] as const) : (['img', 'cia'] as const);
      return {
        ok: true,
        value: {
          id,
          tileSets: [
            { id: base, tiles: tiandituTiles(base, key), maxzoom: 18, imagery: base === 'img' },
            { id: labels, tiles: tiandituTiles(labels, key), maxzoom: 18, imagery: false },
          ],
          attribution: TIANDITU_ATTRIBUTION,
        },
      };
    }
    case 'osm':
      return {
        ok: true,
        value: {
          id,
          tileSets: [
            { id: 'osm', tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'], maxzoom: 19, imagery: false },
          ],
          attribution: OSM_ATTRIBUTION,
        },
      };
    case 'custom': {
      if (!settings.customUrl.trim()) return { ok: false, cause: basemapText('causeNoUrl') };
      const checked = checkTileUrl(settings.customUrl);
      if (!checked.ok) return { ok: false, cause: checked.problem };
      return {
        ok: true,
        value: {
          id,
          tileSets: [{ id: 'custom', tiles: [checked.template], maxzoom: 22, imagery: false }],
          attribution: basemapText('attributionCustom', { host: checked.host }),
        },
      };
    }
  }
}

/** The elevation tiles of the hillshade, when it is on. */
export function resolveHillshade(on: boolean, settings: BasemapSettings): Resolution<ResolvedDem> {
  if (!on) return { ok: true, value: null };
  if (!settings.demUrl.trim()) return { ok: false, cause: basemapText('causeNoUrl') };
  const checked = checkTileUrl(settings.demUrl);
  if (!checked.ok) return { ok: false, cause: checked.problem };
  return {
    ok: true,
    value: {
      tiles: [checked.template],
      encoding: settings.demEncoding,
      attribution: basemapText('attributionDem', { host: checked.host }),
    },
  };
}

/** Why tiles failed, from a tile request's HTTP status (0: no answer, or refused by CORS). */
export function tileFailureCause(status: number | undefined): Bilingual {
  if (status === 401 || status === 403) return basemapText('causeRefused', { status });
  if (status && status >= 400) return basemapText('causeHttp', { status });
  return basemapText('causeNetwork');
}

/** The notice of a basemap that fell back to the offline map. */
export function basemapFailedNotice(id: BasemapId, cause: Bilingual): Bilingual {
  const word = (lang: 'zh' | 'en') =>
    fill(BASEMAP_TEXT[lang].basemapFailed, { name: BASEMAP_TEXT[lang][BASEMAP_NAME[id]], cause: cause[lang] });
  return { zh: word('zh'), en: word('en') };
}

export function hillshadeFailedNotice(cause: Bilingual): Bilingual {
  const word = (lang: 'zh' | 'en') => fill(BASEMAP_TEXT[lang].hillshadeFailed, { cause: cause[lang] });
  return { zh: word('zh'), en: word('en') };
}
