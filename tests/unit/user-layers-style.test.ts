import { VectorTile } from '@mapbox/vector-tile';
import {
  Color,
  createPropertyExpression,
  featureFilter,
  latest,
  validateStyleMin,
} from '@maplibre/maplibre-gl-style-spec';
import type { CircleLayerSpecification } from 'maplibre-gl';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../src/filter/filter-model';
import { mapSourceOf } from '../../src/import/map-source';
import type { UserLayer } from '../../src/import/user-layer';
import { buildStyle } from '../../src/map/build-style';
import type { LayerContext } from '../../src/map/layers/layer-context';
import { userLayerSpecs } from '../../src/map/layers/user-layers';
import { userSource } from '../../src/map/sync-user-layers';
import { tileBytes, tileIndex } from '../../src/map/user-tiles/cut-tiles';
import { USER_TILE_LAYER } from '../../src/map/user-tiles/tiles-protocol';
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
      return mapSourceOf(layer.features).features.filter((f) =>
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

  /** The features of the layer's tile that holds 吉隆 at zoom z, as MapLibre's worker decodes them. */
  const tileFeatures = (z: number) => {
    const n = 2 ** z;
    const x = Math.floor(((85.3 + 180) / 360) * n);
    const lat = (28.85 * Math.PI) / 180;
    const y = Math.floor(((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2) * n);
    const tile = new VectorTile(new PbfReader(tileBytes(tileIndex(big.features, true), z, x, y)));
    const layer = tile.layers[USER_TILE_LAYER]!;
    return Array.from({ length: layer.length }, (_, i) => layer.feature(i));
  };
  /** How a layer of the style takes a decoded feature: passes its filter, and what its expression gives. */
  const drawn = (id: string, filters: LayerContext['filters'], f: ReturnType<typeof tileFeatures>[number]) => {
    const spec = userLayerSpecs(big, { ...ctx, filters }).find((l) => l.id === id) as CircleLayerSpecification;
    const feature = { type: f.type, properties: f.properties, id: f.id } as never;
    const passes = featureFilter(spec.filter, 'filter').filter({ zoom: 5 }, feature);
    const field = (spec.layout as Record<string, unknown>)['text-field'];
    const text = field
      ? createPropertyExpression(field, 'text-field', latest.layout_symbol['text-field'] as never)
      : null;
    if (text?.result === 'error') throw new Error('bad text-field');
    return { passes, text: text ? String(text.value.evaluate({ zoom: 5 }, feature, {})) : null };
  };

  it('is clustered in its tiles, and its clusters count only what the filter lets through', () => {
    const [cluster, ...others] = tileFeatures(5);
    expect(others).toHaveLength(0);
    expect(cluster?.properties).toMatchObject({ cluster: true, point_count: 2500 });
    const counties = { ...EMPTY_FILTERS, counties: ['county-540234'] };
    expect(drawn('user-u2-cluster-count', EMPTY_FILTERS, cluster!)).toEqual({ passes: true, text: '2500' });
    expect(drawn('user-u2-cluster-count', counties, cluster!)).toEqual({ passes: true, text: '500' });
    expect(drawn('user-u2-cluster-count', { ...EMPTY_FILTERS, zones: ['core'] }, cluster!).text).toBe('2000');
    // A cluster none of whose points pass is not drawn.
    expect(drawn('user-u2-cluster', { ...EMPTY_FILTERS, counties: ['county-540221'] }, cluster!).passes).toBe(false);
  });

  it('shows single points past the clustering zoom, filtered as a small layer is', () => {
    const points = tileFeatures(10);
    expect(points).toHaveLength(2500);
    const counties = { ...EMPTY_FILTERS, counties: ['county-540234'] };
    expect(points.filter((f) => drawn('user-u2-circle', counties, f).passes)).toHaveLength(500);
    // The map's ids are the features' places in the whole layer.
    const ids = points.map((f) => Number(f.properties.__fid)).sort((a, b) => a - b);
    expect(ids).toEqual(big.features.map((_, i) => i));
  });

  it('a small one is not clustered', () => {
    expect(userLayerSpecs(layer, ctx).map((l) => l.id)).not.toContain('user-u1-cluster');
    expect(userLayerSpecs(big, ctx).map((l) => l.id)).toContain('user-u2-cluster');
  });
});
