import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon, length, lineString, multiLineString } from '@turf/turf';
import type { LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type {
  CountyProps,
  LakeProps,
  NationalBorderProps,
  PeakProps,
  RiverNameProps,
  RiverProps,
} from '../../src/data/types';
import { GEODATA_DIR, readGeojson } from './support/geodata';

const riverFile = readGeojson<RiverProps | RiverNameProps>('rivers.geojson');
const rivers = {
  features: riverFile.features.filter((f): f is typeof f & { properties: RiverProps } => f.properties.kind === 'river'),
};
const lakes = readGeojson<LakeProps>('lakes.geojson');
const peaks = readGeojson<PeakProps>('peaks.geojson');
const border = readGeojson<NationalBorderProps>('border.geojson');
const counties = readGeojson<CountyProps>('counties.geojson');
const names = JSON.parse(readFileSync(join(GEODATA_DIR, 'sources', 'physical-names.json'), 'utf8')) as {
  rivers: { id: string; absent?: string }[];
  lakes: { id: string; absent?: string }[];
};

const outlineVertices = (g: Polygon | MultiPolygon) =>
  (g.type === 'Polygon' ? g.coordinates.flat() : g.coordinates.flat(2)).map(String);

const countyAt = (at: number[]) =>
  counties.features.find((c) => booleanPointInPolygon(at, c.geometry as Polygon | MultiPolygon))?.properties.name;

describe('rivers and lakes (GSHHG)', () => {
  it('carry a name exactly with its source, and every named entry of the table is drawn or says why not', () => {
    for (const f of [...rivers.features, ...lakes.features]) {
      const p = f.properties;
      const named = [p.name, p.name_en, p.name_source].filter((v) => v !== undefined).length;
      expect(named === 0 || named === 3, p.id).toBe(true);
    }
    const drawn = new Set([...rivers.features, ...lakes.features].map((f) => f.properties.id));
    for (const entry of [...names.rivers, ...names.lakes]) {
      expect(drawn.has(entry.id) || entry.absent !== undefined, entry.id).toBe(true);
    }
  });

  it('name the 雅鲁藏布江 as a major river that crosses the city from west to east', () => {
    const yarlung = rivers.features.find((f) => f.properties.name === '雅鲁藏布江');
    expect(yarlung?.properties.level).toBe(1);
    const line = yarlung!.geometry as LineString;
    expect(length(lineString(line.coordinates), { units: 'kilometers' })).toBeGreaterThan(500);
    const lons = line.coordinates.map((p) => p[0]!);
    expect(Math.min(...lons)).toBeLessThan(84);
    expect(Math.max(...lons)).toBeGreaterThan(89);
  });

  it('name 朋曲, 波曲, 佩枯错 and 多庆错', () => {
    const named = [...rivers.features, ...lakes.features].map((f) => f.properties.name);
    expect(named).toEqual(expect.arrayContaining(['朋曲', '波曲', '佩枯错', '多庆错']));
  });

  it('give each named river a smoothed line to write its name along, and nothing else', () => {
    const nameLines = riverFile.features.filter((f) => f.properties.kind === 'river-name');
    const named = rivers.features.filter((f) => f.properties.name).map((f) => `${f.properties.id}-name`);
    expect(nameLines.map((f) => f.properties.id).sort()).toEqual(named.sort());
  });

  it('keep the river level, so minor rivers can wait for a closer zoom', () => {
    const levels = new Set(rivers.features.map((f) => f.properties.level));
    expect(levels.has(1)).toBe(true);
    expect([...levels].some((l) => l >= 3)).toBe(true);
  });

  it('draw 佩枯错 in 吉隆县 or 聂拉木县, at the size its source gives (270 km² in 2015)', () => {
    const paiku = lakes.features.find((f) => f.properties.name === '佩枯错')!;
    expect(paiku.properties.area_km2).toBeGreaterThan(240);
    expect(paiku.properties.area_km2).toBeLessThan(320);
    const ring = (paiku.geometry as Polygon).coordinates[0]!;
    expect(['吉隆县', '聂拉木县']).toContain(countyAt(ring[0]!));
  });
});

describe('peaks', () => {
  it('are the five eight-thousanders, each with its elevation and source', () => {
    const byName = Object.fromEntries(peaks.features.map((f) => [f.properties.name, f.properties.elevation_m]));
    expect(byName).toEqual({ 珠穆朗玛峰: 8848.86, 洛子峰: 8516, 马卡鲁峰: 8485, 卓奥友峰: 8188, 希夏邦马峰: 8027 });
    for (const f of peaks.features) expect(f.properties.source).toMatch(/\d{4}|°/);
  });

  it('put 珠穆朗玛峰 on 定日县 and 希夏邦马峰 in 聂拉木县', () => {
    const at = (name: string) =>
      (peaks.features.find((f) => f.properties.name === name)!.geometry as Point).coordinates;
    // The summit is on the border itself: within 2 km of 定日县's outline at most.
    const everest = at('珠穆朗玛峰');
    const dingri = counties.features.find((c) => c.properties.name === '定日县')!;
    const inside = booleanPointInPolygon(everest, dingri.geometry as Polygon);
    const nearBorder = (border.features[0]!.geometry as MultiLineString).coordinates
      .flat()
      .some((p) => Math.hypot((p[0]! - everest[0]!) * 98, (p[1]! - everest[1]!) * 111) < 2);
    expect(inside || nearBorder).toBe(true);
    expect(countyAt(at('希夏邦马峰'))).toBe('聂拉木县');
  });
});

describe('the national border', () => {
  const lines = (border.features[0]!.geometry as MultiLineString).coordinates;

  it('is made of the county outlines’ own vertices (never an independent line)', () => {
    const vertices = new Set(counties.features.flatMap((c) => outlineVertices(c.geometry as Polygon | MultiPolygon)));
    const stray = lines.flat().filter((p) => !vertices.has(String(p)));
    expect(stray).toEqual([]);
  });

  it('runs along the border counties only, about 1 000 km', () => {
    const km = length(multiLineString(lines), { units: 'kilometers' });
    expect(km).toBeGreaterThan(800);
    expect(km).toBeLessThan(2500);
    const inland = new Set(
      counties.features
        .filter((c) => !c.properties.border)
        .flatMap((c) => outlineVertices(c.geometry as Polygon | MultiPolygon)),
    );
    // A run's two ends are where it meets another Chinese area; every vertex between belongs to a border county alone.
    const between = lines.flatMap((l) => l.slice(1, -1));
    expect(between.filter((p) => inland.has(String(p)))).toEqual([]);
  });
});
