import { area, bbox, booleanPointInPolygon } from '@turf/turf';
import gcoord from 'gcoord';
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { CountyProps } from '../../src/data/types';
import { readGeojson } from './support/geodata';

const counties = readGeojson<CountyProps>('counties.geojson');

const EXPECTED_CODES: Record<string, string> = {
  桑珠孜区: '540202',
  南木林县: '540221',
  江孜县: '540222',
  定日县: '540223',
  萨迦县: '540224',
  拉孜县: '540225',
  昂仁县: '540226',
  谢通门县: '540227',
  白朗县: '540228',
  仁布县: '540229',
  康马县: '540230',
  定结县: '540231',
  仲巴县: '540232',
  亚东县: '540233',
  吉隆县: '540234',
  聂拉木县: '540235',
  萨嘎县: '540236',
  岗巴县: '540237',
};

describe('counties.geojson', () => {
  it('holds the 18 county-level divisions with their GB/T 2260 codes', () => {
    const byName = Object.fromEntries(counties.features.map((f) => [f.properties.name, f.properties.code]));
    expect(byName).toEqual(EXPECTED_CODES);
  });

  it('derives every id from the code', () => {
    for (const f of counties.features) expect(f.properties.id).toBe(`county-${f.properties.code}`);
  });

  it('lies within the WGS-84 bounds of 日喀则市', () => {
    // 日喀则市 spans roughly 82°E–90.3°E and 27.2°N–31.8°N.
    const [minX, minY, maxX, maxY] = bbox(counties);
    expect(minX).toBeGreaterThan(82);
    expect(maxX).toBeLessThan(90.4);
    expect(minY).toBeGreaterThan(27.1);
    expect(maxY).toBeLessThan(31.9);
  });

  it('covers about the 17.924万 km² the plan gives for the city', () => {
    const km2 = counties.features.reduce((sum, f) => sum + area(f), 0) / 1e6;
    expect(km2).toBeGreaterThan(179_240 * 0.97);
    expect(km2).toBeLessThan(179_240 * 1.03);
  });

  it('marks the nine border counties of the plan and nothing else', () => {
    const border = counties.features.filter((f) => f.properties.border).map((f) => f.properties.name);
    expect(border.sort()).toEqual(
      ['仲巴县', '萨嘎县', '吉隆县', '聂拉木县', '定日县', '定结县', '岗巴县', '亚东县', '康马县'].sort(),
    );
  });

  it('puts each county label inside its county', () => {
    for (const f of counties.features) {
      const inside = booleanPointInPolygon(f.properties.label_at, f as GeoJSON.Feature<Polygon | MultiPolygon>);
      expect(inside, f.properties.name).toBe(true);
    }
  });

  it('is in WGS-84, not AMap GCJ-02: 桑珠孜区 contains the converted AMap county point', () => {
    // AMap's point for 桑珠孜区 (GCJ-02) from the same source family; after conversion it moves ~500 m.
    const gcj: [number, number] = [88.898483, 29.24779];
    const wgs = gcoord.transform(gcj, gcoord.GCJ02, gcoord.WGS84);
    const samzhubze = counties.features.find((f) => f.properties.name === '桑珠孜区')!;
    expect(booleanPointInPolygon(wgs, samzhubze as GeoJSON.Feature<Polygon>)).toBe(true);
  });
});

describe('GCJ-02 to WGS-84 conversion (gcoord)', () => {
  it('moves a point in 日喀则 by the few hundred metres of the GCJ-02 offset', () => {
    const [lng, lat] = gcoord.transform([88.8815, 29.2675], gcoord.GCJ02, gcoord.WGS84);
    // GCJ-02 shifts points in Xizang by roughly 0.0015–0.003° east and north-east.
    expect(88.8815 - lng).toBeGreaterThan(0.0005);
    expect(88.8815 - lng).toBeLessThan(0.004);
    expect(Math.abs(29.2675 - lat)).toBeLessThan(0.004);
  });

  it('round-trips WGS-84 → GCJ-02 → WGS-84 within a metre', () => {
    const wgs: [number, number] = [85.2981, 28.3884];
    const back = gcoord.transform(gcoord.transform(wgs, gcoord.WGS84, gcoord.GCJ02), gcoord.GCJ02, gcoord.WGS84);
    expect(Math.abs(back[0] - wgs[0])).toBeLessThan(1e-5);
    expect(Math.abs(back[1] - wgs[1])).toBeLessThan(1e-5);
  });
});

describe('CITY_BOUNDS, the default view', () => {
  it('contains every county, with little to spare', async () => {
    const { CITY_BOUNDS } = await import('../../src/map/city-bounds');
    const [[w, s], [e, n]] = CITY_BOUNDS as [[number, number], [number, number]];
    const [minX, minY, maxX, maxY] = bbox(counties);
    expect([w <= minX, s <= minY, e >= maxX, n >= maxY]).toEqual([true, true, true, true]);
    expect(minX - w + (e - maxX) + (minY - s) + (n - maxY)).toBeLessThan(1.5);
  });
});
