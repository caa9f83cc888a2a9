import { basemapText } from '../i18n/basemap-text';
import type { Bilingual } from '../i18n/bilingual';

/** Tile hosts whose tiles are shifted off WGS-84: they would sit hundreds of metres off the plan's layers. */
const SHIFTED_HOSTS: { pattern: RegExp; provider: Bilingual; datum: string }[] = [
  { pattern: /(^|\.)(amap|autonavi|gaode)\.com$/, provider: { zh: '高德地图', en: 'AMap (Gaode)' }, datum: 'GCJ-02' },
  { pattern: /(^|\.)(qq|gtimg)\.com$/, provider: { zh: '腾讯地图', en: 'Tencent Maps' }, datum: 'GCJ-02' },
  { pattern: /(^|\.)(baidu|bdimg|bdstatic)\.com$/, provider: { zh: '百度地图', en: 'Baidu Maps' }, datum: 'BD-09' },
];

/** WMTS template parameters, in MapLibre's XYZ words. */
const WMTS_SLOTS: [RegExp, string][] = [
  [/\{TileMatrix\}/gi, '{z}'],
  [/\{TileRow\}/gi, '{y}'],
  [/\{TileCol\}/gi, '{x}'],
];

export type TileUrlCheck = { ok: true; template: string; host: string } | { ok: false; problem: Bilingual };

/**
 * Checks a user's XYZ or WMTS (KVP or RESTful) tile template and returns it in
 * MapLibre's `{z}/{x}/{y}` form, or says in both languages why it cannot be used.
 */
export function checkTileUrl(input: string): TileUrlCheck {
  const template = WMTS_SLOTS.reduce((url, [slot, xyz]) => url.replace(slot, xyz), input.trim());
  let url: URL;
  try {
    url = new URL(template.replace(/[{}]/g, ''));
  } catch {
    return { ok: false, problem: basemapText('tileUrlInvalid') };
  }
  const hasSlots = ['{z}', '{x}', '{y}'].every((slot) => template.includes(slot));
  if (!/^https?:$/.test(url.protocol) || !hasSlots) return { ok: false, problem: basemapText('tileUrlInvalid') };
  const shifted = SHIFTED_HOSTS.find((h) => h.pattern.test(url.hostname.toLowerCase()));
  if (shifted) {
    return {
      ok: false,
      problem: {
        zh: basemapText('tileUrlShifted', { provider: shifted.provider.zh, datum: shifted.datum }).zh,
        en: basemapText('tileUrlShifted', { provider: shifted.provider.en, datum: shifted.datum }).en,
      },
    };
  }
  return { ok: true, template, host: url.host };
}
