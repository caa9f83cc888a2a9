import { readFileSync } from 'node:fs';
import type { Position } from 'geojson';
import { gcjToWgs } from './gcj02';

/** A township seat of AMap's 2018 table (geodata/sources/amap-townships-2018.csv), in WGS-84. */
export interface TownshipSeat {
  code: string;
  name: string;
  level: 'county' | 'town' | 'village';
  /** Name of the county it belongs to. */
  county: string;
  /** Code of the unit it belongs to (county for towns, town for villages). */
  parent: string;
  /** WGS-84, or null where AMap publishes no point. */
  position: Position | null;
}

export const TOWNSHIP_SOURCE =
  'AMap township seats (2018, GCJ-02 converted to WGS-84) via GitHub Vonng/adcode data/adcode/5402xx.csv';

/** Reads the committed extract of AMap's table; every row is converted from GCJ-02. */
export function readTownshipSeats(path: string): TownshipSeat[] {
  const [header, ...lines] = readFileSync(path, 'utf8').trim().split(/\r?\n/);
  const expected = 'code,parent,name,level,county,lng_gcj02,lat_gcj02';
  if (header !== expected) throw new Error(`${path}: header is "${header}", expected "${expected}"`);
  return lines.map((line, i) => {
    const [code, parent, name, level, county, lng, lat] = line.split(',');
    if (!code || !parent || !name || !county || (level !== 'county' && level !== 'town' && level !== 'village')) {
      throw new Error(`${path}:${i + 2}: malformed row "${line}"`);
    }
    const position = lng && lat ? gcjToWgs([Number(lng), Number(lat)]) : null;
    return {
      code: code.slice(0, level === 'village' ? 12 : level === 'town' ? 9 : 6),
      name,
      level,
      county,
      parent,
      position,
    };
  });
}
