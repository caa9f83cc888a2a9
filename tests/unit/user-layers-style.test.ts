import {
  Color,
  createPropertyExpression,
  featureFilter,
  latest,
  validateStyleMin,
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../src/filter/filter-model';
import type { UserLayer } from '../../src/import/user-layer';
import { buildStyle } from '../../src/map/build-style';
import type { LayerContext } from '../../src/map/layers/layer-context';
import { userLayerSpecs, userSourceData } from '../../src/map/layers/user-layers';
import { userSource } from '../../src/map/sync-user-layers';
import { userLegendItems } from '../../src/symbology/legend';

const ctx: LayerContext = { lang: 'zh', hidden: [], filters: EMPTY_FILTERS, selectedCounty: null, textScale: 1 };
const point = (kind: string, county: string, zones: string) => ({
  type: 'Feature' as const,
  geometry: { type: 'Point' as const, coordinates: [85.3, 28.85] },
  properties: { kind, __county: county, __zones: zones },
});
const layer: UserLayer = {
  id: 'u1',
  name: '重大项目',
  fileName: 'projects.csv',
  format: 'csv',
  crs: 'EPSG:4326',
  importedAt: '2026-12-01T00:00:00Z',
  features: [
    point('交通', 'county-540234', 'border-belt,corridor'),
    point('能源', 'county-540202', 'core,corridor'),
    point('交通', 'county-540221', 'eco-belt'),
  ],
  propertyKeys: ['kind'],
  geometryKinds: ['point'],
  colour: '#d81b60',
  colourBy: { property: 'kind', mode: 'categories' },
  labelProperty: 'kind',
  visible: true,
};

describe("the map layers of a user's data", () => {
  it('make a valid style, with ids that start with user-', () => {
    const style = buildStyle(ctx);
    style.sources['user-u1'] = userSource(layer);
    style.layers.push(...userLayerSpecs(layer, ctx));
    expect(validateStyleMin(style)).toEqual([]);
    expect(userLayerSpecs(layer, ctx).every((l) => l.id.startsWith('user-'))).toBe(true);
  });

  it('draw each category in the colour of its legend entry', () => {
    const circle = userLayerSpecs(layer, ctx).find((l) => l.type === 'circle')!;
    const colour = createPropertyExpression(
      (circle.paint as Record<string, unknown>)['circle-color'],
      'circle-color',
      latest.paint_circle['circle-color'] as never,
    );
    if (colour.result !== 'success') throw new Error('bad expression');
    const items = userLegendItems(layer);
    expect(items.map((i) => i.label)).toEqual(['重大项目：交通', '重大项目：能源']);
    for (const [value, item] of [
      ['交通', items[0]!],
      ['能源', items[1]!],
    ] as const) {
      const drawn = colour.value.evaluate({ zoom: 6 }, { type: 'Point', properties: { kind: value } } as never, {});
      expect(drawn).toEqual(Color.parse(item.symbol.type === 'circle' ? item.symbol.colour : ''));
    }
  });

  it("follow the plan's zone and county filter through the spatial join", () => {
    const pass = (filters: LayerContext['filters']) => {
      const circle = userLayerSpecs(layer, { ...ctx, filters }).find((l) => l.type === 'circle')!;
      const test = featureFilter(circle.filter, 'filter');
      return userSourceData(layer).features.filter((f) =>
        test.filter({ zoom: 6 }, { type: 1, properties: f.properties ?? {} } as never),
      ).length;
    };
    expect(pass(EMPTY_FILTERS)).toBe(3);
    expect(pass({ ...EMPTY_FILTERS, zones: ['border-belt'] })).toBe(1);
    expect(pass({ ...EMPTY_FILTERS, zones: ['corridor'] })).toBe(2);
    expect(pass({ ...EMPTY_FILTERS, counties: ['county-540202', 'county-540221'] })).toBe(2);
    // The "what" dimensions choose among the plan's kinds and leave the user's data be.
    expect(pass({ ...EMPTY_FILTERS, tiers: ['node'] })).toBe(3);
  });
});

describe('a large point layer', () => {
  const big: UserLayer = {
    ...layer,
    id: 'u2',
    colourBy: null,
    features: Array.from({ length: 2500 }, (_, i) =>
      i % 5 === 0 ? point('交通', 'county-540234', 'border-belt,corridor') : point('能源', 'county-540202', 'core'),
    ),
  };

  it('is clustered, and its clusters count only what the filter lets through', () => {
    const source = userSource(big, { ...EMPTY_FILTERS, counties: ['county-540234'] });
    expect(source).toMatchObject({ cluster: true });
    expect((source.data as GeoJSON.FeatureCollection).features).toHaveLength(500);
    expect(userLayerSpecs(big, ctx).map((l) => l.id)).toContain('user-u2-cluster');
    // The map's ids stay the features' places in the whole layer.
    const second = (source.data as GeoJSON.FeatureCollection).features[1]?.properties?.__fid;
    expect(second).toBe(5);
  });

  it('a small one is not', () => {
    expect(userSource(layer)).not.toHaveProperty('cluster');
  });
});
