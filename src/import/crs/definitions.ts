import type { Bilingual } from '../types';

/** A CRS the importer knows by code. */
export interface KnownCrs {
  code: string;
  proj4: string;
  kind: 'geographic' | 'web-mercator' | 'gauss-kruger';
  /** Gauss–Krüger only. */
  centralMeridian?: number;
  falseEasting?: number;
  zoneWidth?: 3 | 6;
  label: Bilingual;
}

const GEOGRAPHIC = '+proj=longlat +datum=WGS84 +no_defs';

/** proj4 string of a CGCS2000 (≈ GRS80) Gauss–Krüger zone. */
export function gaussKrugerProj4(centralMeridian: number, falseEasting: number): string {
  return `+proj=tmerc +lat_0=0 +lon_0=${centralMeridian} +k=1 +x_0=${falseEasting} +y_0=0 +ellps=GRS80 +units=m +no_defs`;
}

function gaussKruger(code: number, zoneWidth: 3 | 6, centralMeridian: number, prefixed: boolean): KnownCrs {
  const zone = centralMeridian / zoneWidth + (zoneWidth === 6 ? 0.5 : 0);
  const falseEasting = prefixed ? zone * 1_000_000 + 500_000 : 500_000;
  const zh = `CGCS2000 ${zoneWidth}° 高斯-克吕格，中央经线 ${centralMeridian}°E${prefixed ? `，带号 ${zone}` : ''}`;
  const en = `CGCS2000 ${zoneWidth}° Gauss–Krüger, CM ${centralMeridian}°E${prefixed ? `, zone ${zone} prefix` : ''}`;
  return {
    code: `EPSG:${code}`,
    proj4: gaussKrugerProj4(centralMeridian, falseEasting),
    kind: 'gauss-kruger',
    centralMeridian,
    falseEasting,
    zoneWidth,
    label: { zh: `${zh}（EPSG:${code}）`, en: `${en} (EPSG:${code})` },
  };
}

function buildKnownCrs(): Map<string, KnownCrs> {
  const all: KnownCrs[] = [
    { code: 'EPSG:4326', proj4: GEOGRAPHIC, kind: 'geographic', label: { zh: 'WGS-84 经纬度', en: 'WGS-84 lon/lat' } },
    // CGCS2000 and WGS-84 agree to well under a metre here (DESIGN.md §6).
    {
      code: 'EPSG:4490',
      proj4: GEOGRAPHIC,
      kind: 'geographic',
      label: { zh: 'CGCS2000 经纬度', en: 'CGCS2000 lon/lat' },
    },
    {
      code: 'EPSG:3857',
      proj4: '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +no_defs',
      kind: 'web-mercator',
      label: { zh: 'Web 墨卡托（EPSG:3857）', en: 'Web Mercator (EPSG:3857)' },
    },
  ];
  // 3° zones: CM 75..135 → zone 25..45; EPSG 4513.. with prefix, 4534.. without.
  for (let i = 0; i <= 20; i++) {
    all.push(gaussKruger(4513 + i, 3, 75 + 3 * i, true), gaussKruger(4534 + i, 3, 75 + 3 * i, false));
  }
  // 6° zones: CM 75..135 → zone 13..23; EPSG 4491.. with prefix, 4502.. without.
  for (let i = 0; i <= 10; i++) {
    all.push(gaussKruger(4491 + i, 6, 75 + 6 * i, true), gaussKruger(4502 + i, 6, 75 + 6 * i, false));
  }
  return new Map(all.map((crs) => [crs.code, crs]));
}

export const KNOWN_CRS: ReadonlyMap<string, KnownCrs> = buildKnownCrs();

/** 'EPSG:4517' from 'epsg:4517', 'EPSG::4517', 'urn:ogc:def:crs:EPSG::4517'; CRS84 → 'EPSG:4326'. */
export function normaliseCrsName(name: string): string | null {
  const trimmed = name.trim();
  if (/CRS:?84$/i.test(trimmed)) return 'EPSG:4326';
  const match = /EPSG:+(?:[\d.]*:)?(\d+)$/i.exec(trimmed) ?? /^(\d{4,5})$/.exec(trimmed);
  return match ? `EPSG:${match[1]}` : null;
}

/** The known Gauss–Krüger zone with this central meridian and false easting, if any. */
export function findGaussKruger(centralMeridian: number, falseEasting: number): KnownCrs | undefined {
  for (const crs of KNOWN_CRS.values()) {
    if (
      crs.kind === 'gauss-kruger' &&
      Math.abs((crs.centralMeridian ?? Number.NaN) - centralMeridian) < 1e-9 &&
      Math.abs((crs.falseEasting ?? Number.NaN) - falseEasting) < 1e-3
    ) {
      return crs;
    }
  }
  return undefined;
}
