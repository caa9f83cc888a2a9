import { booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { CountyProps, ParkProps, PortProps, RouteProps, TownProps } from '../../src/data/types';
import { readGeojson } from './support/geodata';

const counties = readGeojson<CountyProps>('counties.geojson').features;
const towns = readGeojson<TownProps>('towns.geojson').features;
const ports = readGeojson<PortProps>('ports.geojson').features;
const parks = readGeojson<ParkProps>('parks.geojson').features;
const routes = readGeojson<RouteProps>('routes.geojson').features;

const countyById = (id: string) => {
  const c = counties.find((f) => f.properties.id === id);
  if (!c) throw new Error(`no county ${id}`);
  return c as GeoJSON.Feature<Polygon | MultiPolygon, CountyProps>;
};
const names = (tier: TownProps['tier']) =>
  towns.filter((t) => t.properties.tier === tier).map((t) => `${t.properties.county_name}${t.properties.name}`);

describe('the town system (第五章第一节 专栏)', () => {
  it('has 46 places: 1 中心城市, 5 重要节点城镇, 16 节点乡镇, 24 重点乡镇', () => {
    expect(towns).toHaveLength(46);
    expect(names('central-city')).toEqual(['桑珠孜区桑珠孜区']);
    expect(names('key-node')).toEqual([
      '江孜县江孜镇',
      '拉孜县曲下镇',
      '定日县协格尔镇',
      '吉隆县吉隆镇',
      '亚东县下司马镇',
    ]);
    expect(names('node')).toHaveLength(16);
    expect(names('key-township')).toHaveLength(24);
  });

  it('writes the tiers as the plan names them', () => {
    const tierNames = new Set(towns.map((t) => `${t.properties.tier}=${t.properties.tier_name}`));
    expect([...tierNames].sort()).toEqual(
      ['central-city=中心城市', 'key-node=重要节点城镇', 'key-township=重点乡镇', 'node=节点乡镇'].sort(),
    );
  });

  it('tells the two 卡嘎镇 apart by county and code', () => {
    const kaga = towns.filter((t) => t.properties.name === '卡嘎镇');
    expect(kaga.map((t) => t.properties.county_name).sort()).toEqual(['昂仁县', '谢通门县']);
    expect(new Set(kaga.map((t) => t.properties.id)).size).toBe(2);
  });

  it('derives town ids from the official 9-digit township code of their county', () => {
    for (const t of towns) {
      if (t.properties.tier === 'central-city') continue;
      expect(t.properties.code, t.properties.name).toMatch(/^\d{9}$/);
      expect(t.properties.code.slice(0, 6)).toBe(countyById(t.properties.county).properties.code);
      expect(t.properties.id).toBe(`town-${t.properties.code}`);
    }
  });

  it("gives the five key node towns their 副中心 roles in the plan's words", () => {
    const quotes = towns
      .filter((t) => t.properties.roles.includes('sub-centre'))
      .map((t) => [t.properties.name, t.properties.role_quotes[t.properties.roles.indexOf('sub-centre')]]);
    expect(Object.fromEntries(quotes)).toEqual({
      江孜镇: '市域东部副中心城镇',
      曲下镇: '市域西部副中心城镇',
      协格尔镇: '市域西部新型副中心城镇和综合交通枢纽',
      吉隆镇: '市域西南部副中心城镇和对外开放合作重镇',
      下司马镇: '市域东南部副中心城镇和国家边疆战略要城',
    });
  });

  it('marks as approximate exactly the towns AMap publishes no point for', () => {
    const approximate = towns.filter((t) => t.properties.precision === 'approximate').map((t) => t.properties.name);
    expect(approximate.sort()).toEqual(['切洼乡', '萨勒乡', '达那答乡'].sort());
    for (const t of towns.filter((x) => x.properties.precision === 'approximate'))
      expect(t.properties.note).toBeTruthy();
  });

  it('knows which towns are county seats', () => {
    const seats = towns.filter((t) => t.properties.is_county_seat).map((t) => t.properties.name);
    expect(seats).toContain('宗嘎镇');
    expect(seats).toContain('协格尔镇');
    expect(seats).not.toContain('吉隆镇');
  });
});

describe('ports and border trade', () => {
  it('has every place the plan names, each with a type and status', () => {
    expect(ports.map((p) => p.properties.name).sort()).toEqual(
      [
        '吉隆口岸',
        '樟木口岸',
        '里孜口岸',
        '日屋口岸',
        '陈塘口岸',
        '亚东口岸',
        '绒辖口岸',
        '日喀则铁路口岸',
        '和平机场航空口岸',
        '亚东乃堆拉边民互市贸易通道',
        '曲当边贸通道',
        '堆纳朗果边贸市场',
        '里孜边贸市场',
        '日喀则出口货物查验场',
        '日喀则保税物流园区',
      ].sort(),
    );
    const status = Object.fromEntries(ports.map((p) => [p.properties.name, p.properties.status]));
    expect(status.绒辖口岸).toBe('study');
    expect(status.吉隆口岸).toBe('expand');
    expect(status.亚东口岸).toBe('set-up');
  });
});

describe('parks (第十四章, 专栏10)', () => {
  it('keeps the hierarchy of the 九大园区', () => {
    const byId = Object.fromEntries(parks.map((p) => [p.properties.id, p.properties]));
    const childrenOf = (id: string) =>
      parks
        .filter((p) => p.properties.parent === id)
        .map((p) => p.properties.name)
        .sort();
    expect(childrenOf('park-agri-sci')).toEqual(
      ['年楚河现代农业产业园', '江当现代生态产业园', '白朗县国家现代农业产业园'].sort(),
    );
    expect(childrenOf('park-lhalo')).toEqual(['萨迦县现代农业产业园']);
    expect(childrenOf('park-gyirong-pilot-zone')).toEqual(['吉隆边境经济合作区']);
    expect(byId['park-sez']?.focus).toMatch(/^日喀则经济开发区:重点发展南亚物流业/);
  });

  it('flags the parks whose location is not published', () => {
    const unlocated = parks.filter((p) => !p.properties.located).map((p) => p.properties.name);
    expect(unlocated.sort()).toEqual(['年楚河现代农业产业园', '数字产业园', '日喀则国家农业科技园区'].sort());
    for (const p of parks.filter((x) => !x.properties.located)) expect(p.properties.precision).toBe('schematic');
  });
});

describe('routes (专栏9)', () => {
  it('draws the "3+1" routes and the cross-border loop through their stops', () => {
    const byName = Object.fromEntries(routes.map((r) => [r.properties.name, r.properties.stops]));
    expect(byName.珠峰之旅).toEqual(['日喀则', '萨迦', '拉孜', '定日', '聂拉木', '吉隆']);
    expect(byName.红河谷之旅).toEqual(['日喀则', '白朗', '江孜', '康马', '亚东']);
    expect(byName.雅江源之旅).toEqual(['仁布', '南木林', '日喀则', '拉孜', '昂仁', '萨嘎', '仲巴']);
    expect(byName.发现之旅).toEqual(['日喀则', '拉孜', '萨迦', '定结', '岗巴', '康马']);
    expect(byName.跨境旅游环线?.[0]).toBe('日喀则市区');
    for (const r of routes) {
      expect((r.geometry as GeoJSON.LineString).coordinates).toHaveLength(r.properties.stops.length);
      expect(r.properties.stops_en).toHaveLength(r.properties.stops.length);
      expect(r.properties.precision).toBe('schematic');
    }
  });
});

describe('every place lies in the county its record names', () => {
  const located = [...towns, ...ports, ...parks].filter((f) => f.properties.county);
  it.each(located.map((f) => [f.properties.id, f] as const))('%s', (_, f) => {
    const county = countyById(f.properties.county!);
    expect(booleanPointInPolygon((f.geometry as Point).coordinates, county)).toBe(true);
  });
});
