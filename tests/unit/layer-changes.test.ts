import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../src/filter/filter-model';
import { applyLayerChanges, type LayerSetters } from '../../src/map/apply-layer-changes';
import { buildLayers } from '../../src/map/layers';
import { maskedCounties } from '../../src/map/layers/county-layers';
import type { LayerContext } from '../../src/map/layers/layer-context';
import { bindingOf } from './support/paint-binding';

const base: LayerContext = { lang: 'zh', hidden: [], filters: EMPTY_FILTERS, selectedCounty: null, textScale: 1 };

/** What the bridge asks of the map when the context changes from `before` to `after`. */
function changes(before: LayerContext, after: LayerContext) {
  const calls: string[] = [];
  const map: LayerSetters = {
    setFilter: ((id: string) => calls.push(`filter ${id}`)) as unknown as LayerSetters['setFilter'],
    setLayoutProperty: ((id: string, key: string) =>
      calls.push(`layout ${id} ${key}`)) as unknown as LayerSetters['setLayoutProperty'],
    setPaintProperty: ((id: string, key: string) =>
      calls.push(`paint ${id} ${key}`)) as unknown as LayerSetters['setPaintProperty'],
  };
  const previous = buildLayers(before);
  for (const [i, layer] of buildLayers(after).entries()) applyLayerChanges(map, previous[i]!, layer);
  return calls.sort();
}

describe('what a change costs the map', () => {
  it('ticking 节点乡镇 re-lays out nothing: symbols are dimmed by feature-state, the other names by paint', () => {
    // A filter or layout change would send the source back to the worker; paint is applied in the next frame.
    expect(changes(base, { ...base, filters: { ...EMPTY_FILTERS, tiers: ['node'] } })).toEqual(
      ['town-label-central-city', 'town-label-key-node', 'town-label-key-township', 'park-label', 'port-label']
        .flatMap((id) => [`paint ${id} text-opacity`, `paint ${id} text-translate`])
        .sort(),
    );
  });

  it('ticking a zone never re-tiles the counties: their mask is feature-state, and drawn from then on by paint', () => {
    const calls = changes(base, { ...base, filters: { ...EMPTY_FILTERS, zones: ['border-belt'] } });
    expect(calls).toEqual(
      [
        ...[
          'park-label',
          'port-label',
          ...['central-city', 'key-node', 'key-township', 'node'].map((t) => `town-label-${t}`),
        ].map((id) => `filter ${id}`),
        'paint county-mask fill-layer-opacity',
      ].sort(),
    );
  });

  it('draws the county highlight only while a county is hovered, selected or read about, by paint alone', () => {
    const paintOf = (ctx: LayerContext, id: string) =>
      (buildLayers(ctx).find((l) => l.id === id) as { paint: Record<string, unknown> }).paint;
    // At rest the transparent layers are not drawn at all (a full-screen fill each, every frame).
    expect(paintOf(base, 'county-fill')['fill-layer-opacity']).toBe(0);
    expect(paintOf(base, 'county-selected-line')['line-layer-opacity']).toBe(0);
    expect(paintOf(base, 'county-mask')['fill-layer-opacity']).toBe(0);
    const lit = { ...base, countyHighlighted: true };
    expect(paintOf(lit, 'county-fill')['fill-layer-opacity']).toBe(1);
    expect(changes(base, lit)).toEqual([
      'paint county-fill fill-layer-opacity',
      'paint county-selected-line line-layer-opacity',
    ]);
    expect(paintOf({ ...base, selectedCounty: 'county-540234' }, 'county-mask')['fill-layer-opacity']).toBe(1);
  });

  it('repaints a click with uniforms: a per-feature paint value that changes would lay the source out again', () => {
    const perFeature = (l: LayerSpecification, key: string) =>
      bindingOf(l.type, key, (l as { paint: Record<string, unknown> }).paint[key]) !== 'u';
    const clicks: LayerContext[] = [
      { ...base, filters: { ...EMPTY_FILTERS, tiers: ['node'] } },
      { ...base, filters: { ...EMPTY_FILTERS, counties: ['county-540234'] } },
      { ...base, selectedCounty: 'county-540234' },
    ];
    const before = buildLayers(base);
    for (const ctx of clicks) {
      const after = buildLayers(ctx);
      for (const call of changes(base, ctx).filter((c) => c.startsWith('paint '))) {
        const [, id, key] = call.split(' ') as [string, string, string];
        const i = after.findIndex((l) => l.id === id);
        expect(perFeature(before[i]!, key) || perFeature(after[i]!, key), call).toBe(false);
      }
    }
  });

  it('a paint property that depends on the context is updated too', () => {
    const calls = changes(base, { ...base, hidden: ['layer:corridor'] });
    expect(calls).toContain('paint zone-line line-color');
    expect(calls).toContain('filter zone-fill');
  });

  it('the language changes only the labels', () => {
    const calls = changes(base, { ...base, lang: 'en' });
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.every((c) => c.endsWith(' text-field'))).toBe(true);
  });
});

describe('the county mask', () => {
  const counties = [
    { id: 'county-540202', zones: ['core', 'corridor'] },
    { id: 'county-540234', zones: ['border-belt', 'corridor'] },
    { id: 'county-540221', zones: ['eco-belt'] },
  ] as unknown as Parameters<typeof maskedCounties>[1];

  it('dims the counties outside the zones ticked', () => {
    expect(maskedCounties({ ...base, filters: { ...EMPTY_FILTERS, zones: ['border-belt'] } }, counties)).toEqual([
      'county-540202',
      'county-540221',
    ]);
  });

  it('dims every other county while one is explored', () => {
    expect(maskedCounties({ ...base, selectedCounty: 'county-540234' }, counties)).toEqual([
      'county-540202',
      'county-540221',
    ]);
  });

  it('dims nothing without a filter', () => {
    expect(maskedCounties(base, counties)).toEqual([]);
  });
});
