import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../src/filter/filter-model';
import { buildStyle } from '../../src/map/build-style';
import { INTERACTIVE_LAYERS } from '../../src/map/layers';
import type { LayerContext } from '../../src/map/layers/layer-context';

const base: LayerContext = { lang: 'zh', hidden: [], filters: EMPTY_FILTERS, selectedCounty: null, textScale: 1 };

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
