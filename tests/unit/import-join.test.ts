import { describe, expect, it } from 'vitest';
import { runImport } from '../../src/import/run-import';
import { buildJoinIndex, joinPoint, representativePoint } from '../../src/import/spatial-join';
import { loadImportContext, textFile } from './support/import-context';

const ctx = loadImportContext();
const index = buildJoinIndex(ctx);

describe('spatial join of imported features', () => {
  it('puts 吉隆镇 in 吉隆县, in the border belt and on the Gyirong corridor', () => {
    expect(joinPoint(index, [85.3, 28.85])).toEqual({ county: 'county-540234', zones: 'border-belt,corridor' });
  });

  it('a point in 吉隆县 away from the corridor gets the border belt only', () => {
    expect(joinPoint(index, [85.5, 29.2])).toEqual({ county: 'county-540234', zones: 'border-belt' });
  });

  it('splits 仲巴县 by its county parts: the border part is border-belt, the inland part eco-belt', () => {
    expect(joinPoint(index, [83.5, 29.5])).toEqual({ county: 'county-540232', zones: 'border-belt' });
    expect(joinPoint(index, [84.0, 30.0])).toEqual({ county: 'county-540232', zones: 'eco-belt' });
  });

  it('splits 萨嘎县 the same way', () => {
    expect(joinPoint(index, [84.43, 29.13])).toEqual({ county: 'county-540236', zones: 'border-belt' });
    expect(joinPoint(index, [85.7, 29.2])).toEqual({ county: 'county-540236', zones: 'eco-belt' });
  });

  it('桑珠孜区 is the core area; a point in Nepal is in no county', () => {
    expect(joinPoint(index, [88.88, 29.27]).county).toBe('county-540202');
    expect(joinPoint(index, [88.88, 29.27]).zones.split(',')).toContain('core');
    expect(joinPoint(index, [85.1, 28.4])).toEqual({ county: null, zones: '' });
  });

  it('uses a line’s middle vertex and a point on a polygon’s surface', () => {
    expect(
      representativePoint({
        type: 'LineString',
        coordinates: [
          [80, 20],
          [85.3, 28.85],
          [95, 35],
        ],
      }),
    ).toEqual([85.3, 28.85]);
    const ring = [
      [88.8, 29.2],
      [88.96, 29.2],
      [88.96, 29.34],
      [88.8, 29.34],
      [88.8, 29.2],
    ];
    const p = representativePoint({ type: 'Polygon', coordinates: [ring] });
    expect(p?.[0]).toBeGreaterThan(88.8);
    expect(p?.[0]).toBeLessThan(88.96);
  });

  it('writes __county and __zones on each imported feature, and counts the ones outside', async () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { name: '吉隆镇' }, geometry: { type: 'Point', coordinates: [85.3, 28.85] } },
        { type: 'Feature', properties: { name: '加德满都' }, geometry: { type: 'Point', coordinates: [85.32, 27.7] } },
      ],
    });
    const result = await runImport([textFile('join.geojson', text)], {}, ctx);
    if (result.status !== 'ok') throw new Error(JSON.stringify(result));
    expect(result.features.map((f) => [f.properties.__county, f.properties.__zones])).toEqual([
      ['county-540234', 'border-belt,corridor'],
      [null, ''],
    ]);
    expect(result.propertyKeys).toEqual(['name']);
    const warning = result.warnings.find((w) => w.en.includes('outside'));
    expect(warning?.en).toMatch(/1 features lie outside 日喀则市, up to about \d+ km from its county boundaries/);
  });
});
