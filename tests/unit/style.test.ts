import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../src/filter/filter-model';
import { buildStyle } from '../../src/map/build-style';
import { INTERACTIVE_LAYERS } from '../../src/map/layers';
import type { LayerContext } from '../../src/map/layers/layer-context';
import { SOURCE } from '../../src/map/sources';
import { ZONE_CLASSES } from '../../src/symbology/classes';
import { readGeojson } from './support/geodata';

const base: LayerContext = { lang: 'zh', hidden: [], filters: EMPTY_FILTERS, selectedCounty: null, textScale: 1 };
/** The features of the sources whose fills may skip edge smoothing, read once. */
const featuresOf: Record<string, GeoJSON.Feature[]> = {
  [SOURCE.counties]: readGeojson<GeoJSON.GeoJsonProperties>('counties.geojson').features,
  [SOURCE.zones]: readGeojson<GeoJSON.GeoJsonProperties>('zones.geojson').features,
};

describe('the map style', () => {
  it.each(['zh', 'en'] as const)('is a valid MapLibre style (%s)', (lang) => {
    expect(validateStyleMin(buildStyle({ ...base, lang }))).toEqual([]);
  });

  it("lays out the borders once: the selected county outline shares the county lines' bucket, no round joins", () => {
    const layers = buildStyle(base).layers;
    const byId = (id: string) => layers.find((l) => l.id === id) as Record<string, unknown> | undefined;
    // MapLibre builds one bucket for layers equal in type, source, filter and layout.
    const bucketKey = (id: string) => {
      const l = byId(id)!;
      return JSON.stringify([l.type, l.source, l.filter ?? null, l.layout ?? {}]);
    };
    expect(bucketKey('county-selected-line')).toBe(bucketKey('county-line'));
    // A round join tessellates every vertex again: about twice the vertices for the same look at these widths.
    for (const id of ['county-line', 'zone-line', 'physical-line']) {
      expect((byId(id)!.layout as Record<string, unknown> | undefined)?.['line-join']).toBeUndefined();
    }
  });

  it.each([
    ['the overview', base],
    ['county lines hidden', { ...base, hidden: ['layer:county-lines'] }],
    ['a zone hidden', { ...base, hidden: [ZONE_CLASSES[0]!.layer!] }],
    [
      'the corridor asked for, a county selected',
      { ...base, filters: { ...EMPTY_FILTERS, zones: ['corridor'] }, selectedCounty: 'county-540202' },
    ],
  ] as [string, LayerContext][])('smooths no fill edge that a line draws over, and every other (%s)', (_, ctx) => {
    const layers = buildStyle(ctx).layers as (LayerSpecification & {
      paint?: Record<string, unknown>;
      filter?: unknown;
    })[];
    const shown = (l: (typeof layers)[number]) =>
      (l.layout as { visibility?: string } | undefined)?.visibility !== 'none';
    const passing = (l: (typeof layers)[number]) => {
      const test = featureFilter(l.filter as never, 'filter');
      const all = featuresOf[(l as { source: string }).source] ?? [];
      return all.filter((f) => test.filter({ zoom: 8 }, { type: 3, properties: f.properties ?? {} } as never));
    };
    const unsmoothed = layers.filter((l) => l.type === 'fill' && l.paint?.['fill-antialias'] === false);
    if (ctx === base) expect(unsmoothed.map((l) => l.id)).toContain('zone-fill');
    for (const fill of unsmoothed) {
      // Its outline colour is drawn only by that pass.
      expect(fill.paint?.['fill-outline-color'], fill.id).toBeUndefined();
      const above = layers.slice(layers.indexOf(fill) + 1);
      const line = above.find(
        (l) =>
          l.type === 'line' && (l as { source?: string }).source === (fill as { source: string }).source && shown(l),
      );
      expect(line, `a line over ${fill.id}`).toBeDefined();
      const edged = new Set(passing(line!));
      for (const f of passing(fill)) expect(edged.has(f), `${fill.id}: ${JSON.stringify(f.properties?.id)}`).toBe(true);
    }
    if (ctx.hidden.includes('layer:county-lines')) {
      for (const id of ['county-fill', 'county-mask'])
        expect(layers.find((l) => l.id === id)?.paint?.['fill-antialias']).toBe(true);
    }
  });

  it('asks nothing of any server: no glyphs, sprite or tiles', () => {
    const style = buildStyle(base);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const source of Object.values(style.sources)) expect(source.type).toBe('geojson');
  });

  it('labels in the chosen language', () => {
    const field = (lang: 'zh' | 'en') => {
      const layer = buildStyle({ ...base, lang }).layers.find((l) => l.id === 'area-label');
      return layer?.type === 'symbol' ? layer.layout?.['text-field'] : undefined;
    };
    expect(field('zh')).toEqual(['get', 'name']);
    expect(field('en')).toEqual(['get', 'name_en']);
  });

  it('has unique layer ids, and the interactive layers exist', () => {
    const ids = buildStyle(base).layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of INTERACTIVE_LAYERS) expect(ids).toContain(id);
  });
});
