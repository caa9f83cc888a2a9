import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../src/filter/filter-model';
import { buildLayers } from '../../src/map/layers';
import type { LayerContext } from '../../src/map/layers/layer-context';
import { PER_FEATURE_PAINT, sharePrograms } from '../../src/map/layers/shared-programs';
import { PANEL_GROUPS } from '../../src/symbology/groups';
import { bindingOf, parsePaint as parse, STYLE_SPEC as spec } from './support/paint-binding';

type Paint = Record<string, unknown>;

/** The programs a layer draws with, named as MapLibre's cache names them apart. */
function programsOf(l: LayerSpecification): { program: keyof typeof PER_FEATURE_PAINT; key: string }[] {
  const paint = ((l as { paint?: Paint }).paint ?? {}) as Paint;
  const layout = ((l as { layout?: Paint }).layout ?? {}) as Paint;
  if (l.type === 'fill' || l.type === 'circle') return [{ program: l.type, key: l.type }];
  if (l.type === 'line') {
    const dash = paint['line-dasharray'];
    return [
      { program: 'line', key: dash === undefined ? 'line' : `lineSDF/${bindingOf('line', 'line-dasharray', dash)}` },
    ];
  }
  if (l.type !== 'symbol') return [];
  return [
    ...(layout['icon-image'] ? [{ program: 'icon' as const, key: 'symbolIcon' }] : []),
    ...(layout['text-field'] ? [{ program: 'text' as const, key: 'symbolSDF' }] : []),
  ];
}

/** Each program's variants: the distinct ways its layers bind their per-feature paint. */
function variants(layers: LayerSpecification[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const l of layers) {
    const paint = ((l as { paint?: Paint }).paint ?? {}) as Paint;
    for (const { program, key } of programsOf(l)) {
      const binding = Object.keys(PER_FEATURE_PAINT[program])
        .map((name) => {
          // An unset outline is drawn as the fill's colour is.
          const value = name === 'fill-outline-color' ? (paint[name] ?? paint['fill-color']) : paint[name];
          return `${bindingOf(l.type, name, value)}_${name}`;
        })
        .join('/');
      out.set(key, (out.get(key) ?? new Set()).add(binding));
    }
  }
  return out;
}

const base: LayerContext = { lang: 'zh', hidden: [], filters: EMPTY_FILTERS, selectedCounty: null, textScale: 1 };
const contexts: [string, LayerContext][] = [
  ['empty', base],
  ['filters set', { ...base, filters: { ...EMPTY_FILTERS, zones: ['corridor'], tiers: ['node'] } }],
  ['a county selected', { ...base, selectedCounty: 'county-540234' }],
  ['English, presenting', { ...base, lang: 'en', textScale: 1.45 }],
  ['every layer hidden', { ...base, hidden: PANEL_GROUPS.flatMap((g) => g.layers.map((l) => l.id)) }],
];

describe('one shader program per kind of symbol', () => {
  it('lists, for each program, the paint properties MapLibre can bind per feature, with their defaults', () => {
    for (const [program, properties] of Object.entries(PER_FEATURE_PAINT)) {
      const type = program === 'icon' || program === 'text' ? 'symbol' : program;
      for (const [name, fallback] of Object.entries(properties)) {
        expect(spec[`paint_${type}`]![name]!['property-type'], name).toBe('data-driven');
        expect(fallback, name).toEqual(spec[`paint_${type}`]![name]!.default);
      }
    }
  });

  it.each(contexts)('every layer of a program binds its paint one way: %s', (_, ctx) => {
    for (const [program, ways] of variants(buildLayers(ctx))) expect([...ways], program).toHaveLength(1);
  });

  // Two circle layers that bind differently, the case the map had: a constant, a zoom curve,
  // a class lookup and a feature-state, each on one side only.
  const raw: LayerSpecification[] = [
    {
      id: 'halo',
      type: 'circle',
      source: 's',
      paint: {
        'circle-radius': 16,
        'circle-color': '#ffe066',
        'circle-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 0.6, 0],
      },
    },
    {
      id: 'dot',
      type: 'circle',
      source: 's',
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, ['match', ['get', 'tier'], 'a', 8, 4], 9, 12],
        'circle-color': ['match', ['get', 'tier'], 'a', '#c8412f', '#1d2733'],
        'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 6, 1, 9, 2],
      },
    },
  ];
  const shared = sharePrograms(raw);

  it('binds them alike', () => {
    expect(variants(raw).get('circle')?.size).toBe(2);
    expect(variants(shared).get('circle')?.size).toBe(1);
  });

  it('changes no value a feature is drawn with, at any zoom or state', () => {
    const features = [{ tier: 'a' }, { tier: 'b' }, {}];
    const states = [{}, { hover: true }];
    for (const [i, before] of raw.entries()) {
      const after = shared[i]!;
      for (const name of Object.keys(PER_FEATURE_PAINT.circle)) {
        const value = (p: LayerSpecification) =>
          (p as { paint?: Paint }).paint?.[name] ?? spec.paint_circle![name]!.default;
        const was = parse('circle', name, value(before));
        const is = parse('circle', name, value(after));
        for (const zoom of [5, 6, 7.5, 9, 12])
          for (const properties of features)
            for (const state of states) {
              const feature = { type: 'Point', properties } as never;
              expect(is.evaluate({ zoom }, feature, state), `${after.id} ${name} z${zoom}`).toEqual(
                was.evaluate({ zoom }, feature, state),
              );
            }
      }
    }
  });

  it('leaves an unset fill outline and a dash as they are: MapLibre draws them otherwise when set', () => {
    const fills = sharePrograms([
      { id: 'plain', type: 'fill', source: 's', paint: { 'fill-color': '#dedbd3' } },
      {
        id: 'zones',
        type: 'fill',
        source: 's',
        paint: { 'fill-color': ['match', ['get', 'id'], 'a', '#c8412f', '#888'] },
      },
      { id: 'dashed', type: 'line', source: 's', paint: { 'line-dasharray': [3, 1.5] } },
      {
        id: 'by-kind',
        type: 'line',
        source: 's',
        paint: { 'line-dasharray': ['match', ['get', 'k'], 'a', ['literal', [2, 1]], ['literal', [1, 0]]] },
      },
    ]);
    const paint = (i: number) => (fills[i] as { paint: Paint }).paint;
    expect(paint(0)['fill-outline-color']).toBeUndefined();
    expect(bindingOf('fill', 'fill-color', paint(0)['fill-color'])).toBe('a');
    expect(paint(2)['line-dasharray']).toEqual([3, 1.5]);
  });
});
