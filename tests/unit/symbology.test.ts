import { Color, createPropertyExpression, latest, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../src/filter/filter-model';
import { buildStyle } from '../../src/map/build-style';
import { iconSpec } from '../../src/map/icons';
import type { LayerContext } from '../../src/map/layers/layer-context';
import {
  CORRIDOR_AXIS,
  COUNTY_LINE,
  ICON_SCALE,
  LEGEND_ZOOM,
  PARK_CHILD,
  PARK_CLASSES,
  PORT_STATUS_CLASSES,
  PORT_TYPE_CLASSES,
  ROUTE_CLASSES,
  SEAT_RING,
  SPLIT_LINE,
  type SymbolClass,
  TIER_CLASSES,
  ZONE_CLASSES,
} from '../../src/symbology/classes';
import { PANEL_GROUPS } from '../../src/symbology/groups';
import { legendSections } from '../../src/symbology/legend';
import { LAKE, NATIONAL_BORDER, PEAK, RIVER_CLASSES } from '../../src/symbology/physical-classes';
import { valueAt } from '../../src/symbology/symbol-spec';

const base: LayerContext = { lang: 'zh', hidden: [], filters: EMPTY_FILTERS, selectedCounty: null, textScale: 1 };
const layers = buildStyle(base).layers;
const layer = (id: string) => {
  const l = layers.find((x) => x.id === id);
  if (!l) throw new Error(`no layer ${id}`);
  return l;
};

/** Evaluates a layer's paint or layout property for a feature at the legend's zoom, as MapLibre would. */
function evaluate(l: LayerSpecification, group: 'paint' | 'layout', name: string, properties: Record<string, unknown>) {
  const values = ((l as Record<string, unknown>)[group] ?? {}) as Record<string, unknown>;
  const spec = (latest as unknown as Record<string, Record<string, unknown>>)[`${group}_${l.type}`]?.[name];
  const value = values[name];
  // A plain array of numbers is a constant, not an expression.
  const input = Array.isArray(value) && value.every((v) => typeof v === 'number') ? ['literal', value] : value;
  const parsed = createPropertyExpression(input, `${l.id}.${group}.${name}`, spec as never);
  if (parsed.result !== 'success') throw new Error(`${l.id} ${name}: ${JSON.stringify(parsed.value)}`);
  return parsed.value.evaluate({ zoom: LEGEND_ZOOM }, { type: 'Point', properties } as never, {});
}

const colour = (hex: string) => Color.parse(hex);
const symbolOf = <T extends SymbolClass['symbol']['type']>(c: SymbolClass, type: T) => {
  if (c.symbol.type !== type) throw new Error(`${c.id} is not a ${type}`);
  return c.symbol as Extract<SymbolClass['symbol'], { type: T }>;
};

describe('the map draws every class as its legend entry says', () => {
  it.each(ZONE_CLASSES.map((c) => [c.id, c] as const))('%s: fill and edge', (_, c) => {
    const fill = symbolOf(c, 'fill');
    const props = { kind: 'zone', id: c.value };
    expect(evaluate(layer('zone-fill'), 'paint', 'fill-color', props)).toEqual(colour(fill.colour));
    expect(evaluate(layer('zone-fill'), 'paint', 'fill-opacity', props)).toBeCloseTo(fill.opacity, 6);
    expect(evaluate(layer('zone-line'), 'paint', 'line-color', props)).toEqual(colour(fill.edge!.colour));
    expect(evaluate(layer('zone-line'), 'paint', 'line-width', props)).toBeCloseTo(
      valueAt(fill.edge!.width, LEGEND_ZOOM),
      6,
    );
    expect(evaluate(layer('zone-line'), 'paint', 'line-dasharray', props)).toEqual([...(fill.edge!.dash ?? [1, 0])]);
  });

  it.each([CORRIDOR_AXIS, SPLIT_LINE].map((c) => [c.id, c] as const))('%s: colour, width, dash, opacity', (_, c) => {
    const line = symbolOf(c, 'line');
    const props = { kind: c.value, id: 'x' };
    expect(evaluate(layer('zone-line'), 'paint', 'line-color', props)).toEqual(colour(line.colour));
    expect(evaluate(layer('zone-line'), 'paint', 'line-width', props)).toBeCloseTo(valueAt(line.width, LEGEND_ZOOM), 6);
    expect(evaluate(layer('zone-line'), 'paint', 'line-dasharray', props)).toEqual([...(line.dash ?? [1, 0])]);
    expect(evaluate(layer('zone-line'), 'paint', 'line-opacity', props)).toBeCloseTo(line.opacity, 6);
  });

  it('county lines', () => {
    const line = symbolOf(COUNTY_LINE, 'line');
    expect(evaluate(layer('county-line'), 'paint', 'line-color', {})).toEqual(colour(line.colour));
    expect(evaluate(layer('county-line'), 'paint', 'line-width', {})).toBeCloseTo(valueAt(line.width, LEGEND_ZOOM), 6);
  });

  it.each(TIER_CLASSES.map((c) => [c.id, c] as const))('%s: colour, radius and ring', (_, c) => {
    const circle = symbolOf(c, 'circle');
    const props = { tier: c.value, is_county_seat: false };
    const towns = layer('town-circle');
    expect(evaluate(towns, 'paint', 'circle-color', props)).toEqual(colour(circle.colour));
    expect(evaluate(towns, 'paint', 'circle-radius', props)).toBeCloseTo(valueAt(circle.radius, LEGEND_ZOOM), 6);
    expect(evaluate(towns, 'paint', 'circle-stroke-width', props)).toBe(circle.strokeWidth);
    expect(evaluate(towns, 'paint', 'circle-stroke-color', props)).toEqual(colour(circle.stroke));
    expect(evaluate(layer(`town-label-${c.value}`), 'layout', 'text-size', props)).toBeCloseTo(
      valueAt(c.labelSize, LEGEND_ZOOM),
      6,
    );
  });

  it('a county seat: the heavier ring', () => {
    const ring = symbolOf(SEAT_RING, 'circle');
    const props = { tier: 'node', is_county_seat: true };
    expect(evaluate(layer('town-circle'), 'paint', 'circle-stroke-width', props)).toBe(ring.strokeWidth);
  });

  it.each(PORT_TYPE_CLASSES.flatMap((t) => PORT_STATUS_CLASSES.map((s) => [t.value, s.value, t, s] as const)))(
    'port %s / %s: the shape of its type, the fill of its status',
    (_, __, type, status) => {
      const name = evaluate(layer('port-icon'), 'layout', 'icon-image', {
        port_type: type.value,
        status: status.value,
      });
      const spec = iconSpec(String(name));
      expect(spec?.shape).toBe(symbolOf(type, 'icon').shape);
      expect(spec?.fill).toBe(symbolOf(status, 'icon').fill);
      expect(spec?.colour).toBe(symbolOf(status, 'icon').colour);
      expect(spec?.radius).toBe(symbolOf(status, 'icon').radius);
    },
  );

  it.each(PARK_CLASSES.map((c) => [c.id, c] as const))('%s: main and child badges', (_, c) => {
    const main = iconSpec(
      String(evaluate(layer('park-icon'), 'layout', 'icon-image', { category: c.value, parent: null })),
    );
    expect(main).toEqual(symbolOf(c, 'icon'));
    const child = iconSpec(
      String(evaluate(layer('park-icon'), 'layout', 'icon-image', { category: c.value, parent: 'park-x' })),
    );
    expect(child?.colour).toBe(symbolOf(c, 'icon').colour);
    expect(child?.radius).toBe(symbolOf(PARK_CHILD, 'icon').radius);
  });

  it('icons are drawn at the scale the legend draws them', () => {
    for (const id of ['port-icon', 'park-icon']) {
      expect(evaluate(layer(id), 'layout', 'icon-size', {})).toBeCloseTo(valueAt(ICON_SCALE, LEGEND_ZOOM), 6);
    }
  });

  it.each(ROUTE_CLASSES.map((c) => [c.id, c] as const))('%s: its own colour, width, dash', (_, c) => {
    const line = symbolOf(c, 'line');
    const props = { id: c.value };
    const routes = layer('route-line');
    expect(evaluate(routes, 'paint', 'line-color', props)).toEqual(colour(line.colour));
    expect(evaluate(routes, 'paint', 'line-width', props)).toBeCloseTo(valueAt(line.width, LEGEND_ZOOM), 6);
    expect(evaluate(routes, 'paint', 'line-dasharray', props)).toEqual([...(line.dash ?? [1, 0])]);
    expect(evaluate(routes, 'paint', 'line-opacity', props)).toBeCloseTo(line.opacity, 6);
  });
});

describe('physical geography is drawn as its legend entries say', () => {
  it.each(RIVER_CLASSES.flatMap((c) => c.levels.map((level) => [c.id, level, c] as const)))(
    '%s (level %s): colour, width, opacity',
    (_, level, c) => {
      const line = symbolOf(c, 'line');
      const props = { kind: 'river', level, name: '某河' };
      const rivers = layer('physical-line');
      expect(evaluate(rivers, 'paint', 'line-color', props)).toEqual(colour(line.colour));
      expect(evaluate(rivers, 'paint', 'line-width', props)).toBeCloseTo(valueAt(line.width, LEGEND_ZOOM), 6);
      expect(evaluate(rivers, 'paint', 'line-opacity', props)).toBeCloseTo(line.opacity, 6);
    },
  );

  it('an unnamed minor river waits for a closer zoom; a named one does not', () => {
    const rivers = layer('physical-line');
    expect(evaluate(rivers, 'paint', 'line-opacity', { kind: 'river', level: 4 })).toBe(0);
    expect(evaluate(rivers, 'paint', 'line-opacity', { kind: 'river', level: 4, name: '波曲' })).toBeGreaterThan(0);
    expect(evaluate(rivers, 'paint', 'line-opacity', { kind: 'river', level: 1 })).toBeGreaterThan(0);
  });

  it('the national border: emphasised, wider than any river, dashed', () => {
    const line = symbolOf(NATIONAL_BORDER, 'line');
    const props = { kind: 'national-border' };
    const lines = layer('physical-line');
    expect(evaluate(lines, 'paint', 'line-color', props)).toEqual(colour(line.colour));
    expect(evaluate(lines, 'paint', 'line-width', props)).toBeCloseTo(valueAt(line.width, LEGEND_ZOOM), 6);
    expect(evaluate(lines, 'paint', 'line-dasharray', props)).toEqual([...(line.dash ?? [])]);
    const widest = Math.max(...RIVER_CLASSES.map((c) => valueAt(symbolOf(c, 'line').width, LEGEND_ZOOM)));
    expect(valueAt(line.width, LEGEND_ZOOM)).toBeGreaterThan(widest);
  });

  it('lakes in water colour; peaks as the legend’s triangle', () => {
    expect(evaluate(layer('lake-fill'), 'paint', 'fill-color', { kind: 'lake' })).toEqual(
      colour(symbolOf(LAKE, 'fill').colour),
    );
    const name = evaluate(layer('physical-label'), 'layout', 'icon-image', { kind: 'peak' });
    expect(iconSpec(String(name))).toEqual(symbolOf(PEAK, 'icon'));
  });
});

describe('the legends', () => {
  it('list every class of the model once, each tourism route with its own colour', () => {
    const items = legendSections({ lang: 'zh', hidden: [], filters: EMPTY_FILTERS }).flatMap((s) => s.items);
    const ids = items.map((i) => i.classId);
    expect(new Set(ids).size).toBe(ids.length);
    const model = PANEL_GROUPS.flatMap((g) => [...g.options.flatMap((o) => o.classes), ...g.extras]);
    expect(ids.sort()).toEqual(model.map((c) => c.id).sort());
    const routeColours = items.filter((i) => i.classId.startsWith('route:')).map((i) => i.symbol);
    expect(new Set(routeColours.map((s) => (s.type === 'line' ? s.colour : ''))).size).toBe(ROUTE_CLASSES.length);
  });

  it('leave out what the map hides and what the filter leaves out', () => {
    const sections = legendSections({
      lang: 'en',
      hidden: ['layer:ports', 'layer:corridor'],
      filters: { ...EMPTY_FILTERS, tiers: ['node'] },
    });
    const ids = sections.flatMap((s) => s.items.map((i) => i.classId));
    // Physical geography is background: the filter never leaves it out.
    expect(sections.map((s) => s.id)).toEqual(['spatial', 'towns', 'physical']);
    expect(ids).toContain('tier:node');
    expect(ids).not.toContain('tier:key-node');
    expect(ids).not.toContain('zone:corridor');
    expect(ids).not.toContain('corridor-axis');
    expect(sections[1]?.items.find((i) => i.classId === 'tier:node')?.label).toBe('Node townships');
  });

  it('name the zones exactly as the plan does', () => {
    expect(ZONE_CLASSES.map((c) => c.name)).toEqual([
      '年楚河高原经济高质量发展核心区',
      '雅江中上游生态文明高地建设带',
      '喜马拉雅中段强边建设带',
      '面向南亚开发开放合作走廊',
    ]);
  });
});

describe('the style in every context', () => {
  const contexts: [string, LayerContext][] = [
    ['empty', base],
    [
      'filters set',
      {
        ...base,
        filters: { ...EMPTY_FILTERS, zones: ['border-belt', 'corridor'], tiers: ['node'], counties: ['county-540234'] },
      },
    ],
    ['a county selected', { ...base, selectedCounty: 'county-540234' }],
    ['English', { ...base, lang: 'en' }],
    ['presenting', { ...base, textScale: 1.45 }],
    ['every layer hidden', { ...base, hidden: PANEL_GROUPS.flatMap((g) => g.layers.map((l) => l.id)) }],
  ];
  it.each(contexts)('is valid: %s', (_, ctx) => {
    expect(validateStyleMin(buildStyle(ctx))).toEqual([]);
  });

  it('has the plan’s 24 layers (the corridor’s spotlight among them), four of physical geography and four of works', () => {
    const physical = ['lake-fill', 'physical-line', 'river-label', 'physical-label'];
    // Every sector, kind and status of the works in four layers, by data-driven expressions.
    const works = ['work-line', 'work-halo', 'work-icon', 'work-label'];
    const ids = buildStyle(base).layers.map((l) => l.id);
    expect([...physical, ...works].every((id) => ids.includes(id))).toBe(true);
    expect(ids).toContain('corridor-spotlight');
    expect(ids.length - physical.length - works.length).toBeLessThanOrEqual(24);
  });
});

describe("the legends of the user's layers", () => {
  const layer = (id: string, visible: boolean) => ({
    id,
    name: `图层${id}`,
    colour: '#d81b60',
    visible,
    features: [],
    geometryKinds: ['point' as const],
  });
  it('list each visible imported layer, in columns of at most seven', () => {
    const userLayers = Array.from({ length: 9 }, (_, i) => layer(`u${i + 1}`, i !== 0));
    const sections = legendSections({ lang: 'zh', hidden: [], filters: EMPTY_FILTERS, userLayers });
    const mine = sections.filter((s) => s.id === 'user');
    expect(mine.map((s) => s.items.length)).toEqual([7, 1]);
    expect(mine[0]?.title).toBe('我的数据');
    expect(mine.flatMap((s) => s.items.map((i) => i.label))).not.toContain('图层u1');
  });
});
