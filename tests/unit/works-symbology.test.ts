import { Color, createPropertyExpression, latest } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../src/filter/filter-model';
import { buildStyle } from '../../src/map/build-style';
import { iconSpec } from '../../src/map/icons';
import type { LayerContext } from '../../src/map/layers/layer-context';
import { LEGEND_ZOOM } from '../../src/symbology/classes';
import { legendSections } from '../../src/symbology/legend';
import { HOLLOW_EDGE, type SymbolSpec, valueAt } from '../../src/symbology/symbol-spec';
import { WORK_KIND_CLASSES, WORK_SECTORS, WORK_STATUS_CLASSES } from '../../src/symbology/work-classes';

const base: LayerContext = { lang: 'zh', hidden: [], filters: EMPTY_FILTERS, selectedCounty: null, textScale: 1 };
const layers = buildStyle(base).layers;
const layer = (id: string) => {
  const l = layers.find((x) => x.id === id);
  if (!l) throw new Error(`no layer ${id}`);
  return l;
};

/** A paint or layout property of a layer for a feature at the legend's zoom, evaluated as MapLibre would. */
function evaluate(l: LayerSpecification, group: 'paint' | 'layout', name: string, properties: Record<string, unknown>) {
  const values = ((l as Record<string, unknown>)[group] ?? {}) as Record<string, unknown>;
  const spec = (latest as unknown as Record<string, Record<string, unknown>>)[`${group}_${l.type}`]?.[name];
  const parsed = createPropertyExpression(values[name], `${l.id}.${group}.${name}`, spec as never);
  if (parsed.result !== 'success') throw new Error(`${l.id} ${name}: ${JSON.stringify(parsed.value)}`);
  return parsed.value.evaluate({ zoom: LEGEND_ZOOM }, { type: 'LineString', properties } as never, {});
}

/** The legend entries the panel, PNG and print legends draw, by class id. */
const legend = new Map(
  legendSections({ lang: 'zh', hidden: [], filters: EMPTY_FILTERS })
    .flatMap((s) => s.items)
    .map((i) => [i.classId, i.symbol] as const),
);
const entry = <T extends SymbolSpec['type']>(id: string, type: T) => {
  const symbol = legend.get(id);
  if (symbol?.type !== type) throw new Error(`the legend has no ${type} entry ${id}`);
  return symbol as Extract<SymbolSpec, { type: T }>;
};
const lineKinds = WORK_KIND_CLASSES.filter((c) => c.symbol.type === 'line');
const pointKinds = WORK_KIND_CLASSES.filter((c) => c.symbol.type === 'icon');

describe('the works are drawn as their legend entries say', () => {
  it.each(
    lineKinds.flatMap((k) => WORK_STATUS_CLASSES.filter((s) => s.geometry === 'line').map((s) => [k, s] as const)),
  )('%s: colour and width of the kind, dash or hollow of the status', (kind, status) => {
    const props = { kind: kind.value, status: status.value, sector: kind.sector };
    const kindLine = entry(kind.id, 'line');
    const statusLine = entry(status.id, 'line');
    const lines = layer('work-line');
    expect(evaluate(lines, 'paint', 'line-color', props)).toEqual(Color.parse(kindLine.colour));
    const width = valueAt(kindLine.width, LEGEND_ZOOM);
    if (statusLine.hollow) {
      expect(evaluate(lines, 'paint', 'line-width', props)).toBeCloseTo(HOLLOW_EDGE, 6);
      expect(evaluate(lines, 'paint', 'line-gap-width', props)).toBeCloseTo(width, 6);
    } else {
      expect(evaluate(lines, 'paint', 'line-width', props)).toBeCloseTo(width, 6);
      expect(evaluate(lines, 'paint', 'line-gap-width', props)).toBe(0);
      expect(evaluate(lines, 'paint', 'line-dasharray', props)).toEqual([...(statusLine.dash ?? [1, 0])]);
    }
  });

  it('a planned line is dashed, a built one solid, one under study hollow', () => {
    const dash = (status: string) => entry(`work-status-line:${status}`, 'line');
    expect(dash('built').dash).toBeUndefined();
    expect(dash('start-building').dash?.length).toBeGreaterThan(1);
    expect(dash('preparatory').dash?.length).toBeGreaterThan(1);
    expect(dash('study').hollow).toBe(true);
  });

  it.each(
    pointKinds.flatMap((k) => WORK_STATUS_CLASSES.filter((s) => s.geometry === 'point').map((s) => [k, s] as const)),
  )('%s: the shape and colour of the kind, the fill and outline of the status', (kind, status) => {
    const name = evaluate(layer('work-icon'), 'layout', 'icon-image', { kind: kind.value, status: status.value });
    const drawn = iconSpec(String(name));
    const kindIcon = entry(kind.id, 'icon');
    const statusIcon = entry(status.id, 'icon');
    expect(drawn?.shape).toBe(kindIcon.shape);
    expect(drawn?.colour).toBe(kindIcon.colour);
    expect(drawn?.fill).toBe(statusIcon.fill);
    expect(drawn?.dash).toEqual(statusIcon.dash);
  });

  it('a heritage site or reserve, which has no status, is drawn as its kind’s entry', () => {
    for (const kind of ['heritage', 'protected-area']) {
      const name = evaluate(layer('work-icon'), 'layout', 'icon-image', { kind });
      expect(iconSpec(String(name))).toEqual(entry(`work-kind:${kind}`, 'icon'));
    }
  });

  it('marks the lines drawn between named places 示意, and lists each sector as a layer', () => {
    for (const k of lineKinds) expect(k.schematic, k.id).toBe(true);
    expect(WORK_SECTORS.map((s) => s.name)).toEqual(['交通', '能源', '水利', '公共安全', '生态保护', '文化遗产']);
    const hidden = legendSections({ lang: 'zh', hidden: ['layer:works-water'], filters: EMPTY_FILTERS }).flatMap((s) =>
      s.items.map((i) => i.classId),
    );
    expect(hidden).not.toContain('work-kind:reservoir');
    expect(hidden).toContain('work-kind:railway');
  });
});
