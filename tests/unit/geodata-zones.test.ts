import { area, booleanWithin, buffer, featureCollection, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { CountyPartProps, CountyProps, ZoneId, ZoneProps, ZonesFileProps } from '../../src/data/types';
import { readGeojson } from './support/geodata';

type Area<P> = Feature<Polygon | MultiPolygon, P>;
const counties = readGeojson<CountyProps>('counties.geojson').features as Area<CountyProps>[];
const zonesFile = readGeojson<ZonesFileProps>('zones.geojson').features;
const zones = zonesFile.filter((f) => f.properties.kind === 'zone') as Area<ZoneProps>[];
const parts = zonesFile.filter((f) => f.properties.kind === 'county-part') as Area<CountyPartProps>[];

const zone = (id: ZoneId) => zones.find((z) => z.properties.id === id)!;
const names = (ids: string[]) => ids.map((id) => counties.find((c) => c.properties.id === id)!.properties.name).sort();
const km2 = (f: Feature) => area(f) / 1e6;

describe('the four zones of 一核两带一廊 (第三章第一节)', () => {
  it('are exactly four, named as the plan names them', () => {
    expect(zones.map((z) => z.properties.name).sort()).toEqual(
      [
        '年楚河高原经济高质量发展核心区',
        '雅江中上游生态文明高地建设带',
        '喜马拉雅中段强边建设带',
        '面向南亚开发开放合作走廊',
      ].sort(),
    );
  });

  it('give the core 桑珠孜区, 白朗县 and 江孜县', () => {
    expect(names(zone('core').properties.counties)).toEqual(['桑珠孜区', '江孜县', '白朗县'].sort());
  });

  it('give the ecological belt its six counties and the inland parts of 仲巴县 and 萨嘎县', () => {
    expect(names(zone('eco-belt').properties.counties)).toEqual(
      ['仲巴县', '萨嘎县', '昂仁县', '拉孜县', '萨迦县', '谢通门县', '南木林县', '仁布县'].sort(),
    );
  });

  it('give the border belt its seven counties and the border parts of 仲巴县 and 萨嘎县', () => {
    expect(names(zone('border-belt').properties.counties)).toEqual(
      ['仲巴县', '萨嘎县', '吉隆县', '聂拉木县', '定日县', '定结县', '岗巴县', '亚东县', '康马县'].sort(),
    );
  });

  it('put every county in exactly one of the core and belts, except the two split counties', () => {
    for (const c of counties) {
      const inZones = (['core', 'eco-belt', 'border-belt'] as const).filter((id) =>
        zone(id).properties.counties.includes(c.properties.id),
      );
      expect(inZones.length, c.properties.name).toBe(c.properties.split ? 2 : 1);
      expect(c.properties.split).toBe(['仲巴县', '萨嘎县'].includes(c.properties.name));
    }
  });

  it('have areas equal to the sum of their counties and parts (within 0.5%)', () => {
    for (const id of ['core', 'eco-belt', 'border-belt'] as const) {
      const whole = counties.filter((c) => !c.properties.split && c.properties.zones.includes(id));
      const pieces = [...whole, ...parts.filter((p) => p.properties.zone === id)];
      const sum = pieces.reduce((s, p) => s + km2(p), 0);
      expect(Math.abs(km2(zone(id)) - sum) / sum, id).toBeLessThan(0.005);
    }
  });

  it('split each split county into two parts that add up to the county', () => {
    for (const c of counties.filter((x) => x.properties.split)) {
      const own = parts.filter((p) => p.properties.county === c.properties.id);
      expect(own.map((p) => p.properties.zone).sort()).toEqual(['border-belt', 'eco-belt']);
      const sum = own.reduce((s, p) => s + km2(p), 0);
      expect(Math.abs(sum - km2(c)) / km2(c)).toBeLessThan(0.005);
      for (const p of own) expect(p.properties.precision).toBe('schematic');
    }
  });

  it('tile the city without overlap: core + belts cover the 18 counties once', () => {
    const beltSum = (['core', 'eco-belt', 'border-belt'] as const).reduce((s, id) => s + km2(zone(id)), 0);
    const city = km2(union(featureCollection(counties))!);
    expect(Math.abs(beltSum - city) / city).toBeLessThan(0.005);
  });

  it('draw the corridor as a schematic band inside the city, not as counties', () => {
    const corridor = zone('corridor');
    expect(corridor.properties.precision).toBe('schematic');
    const city = buffer(union(featureCollection(counties))!, 0.5, { units: 'kilometers' })!;
    expect(booleanWithin(corridor, city)).toBe(true);
    // A band along roads covers a fraction of the city, not all of it.
    expect(km2(corridor) / km2(city)).toBeLessThan(0.4);
  }, 30_000);
});

describe('the corridor axes', () => {
  const axes = zonesFile.filter((f) => f.properties.kind === 'corridor-axis');

  it('lead from the hub 桑珠孜区 to every anchor the plan names', () => {
    const anchors = new Set(axes.map((a) => (a.properties as { anchor: string }).anchor));
    expect([...anchors].sort()).toEqual(['亚东乃堆拉', '吉隆口岸', '日屋—陈塘口岸', '樟木口岸', '里孜口岸'].sort());
  });

  it('are marked schematic', () => {
    for (const a of axes) expect(a.properties.precision).toBe('schematic');
  });
});
