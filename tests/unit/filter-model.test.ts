import { describe, expect, it } from 'vitest';
import type { ParkProps, PortProps, RouteProps, TownProps } from '../../src/data/types';
import {
  EMPTY_FILTERS,
  type Filterable,
  filterExpression,
  isKindShown,
  optionCount,
  passes,
  toggle,
} from '../../src/filter/filter-model';
import { readGeojson } from './support/geodata';

const places = [
  ...readGeojson<TownProps>('towns.geojson').features,
  ...readGeojson<PortProps>('ports.geojson').features,
  ...readGeojson<ParkProps>('parks.geojson').features,
  ...readGeojson<RouteProps>('routes.geojson').features,
].map((f) => f.properties as unknown as Filterable);

const shown = (f: typeof EMPTY_FILTERS) => places.filter((p) => passes(p, f));
const byKind = (list: Filterable[]) =>
  Object.fromEntries(['town', 'port', 'park', 'route'].map((k) => [k, list.filter((p) => p.kind === k).length]));

describe('the one filter', () => {
  it('lets everything through when nothing is ticked', () => {
    expect(shown(EMPTY_FILTERS)).toHaveLength(places.length);
  });

  it('ticking 节点乡镇 alone leaves the 16 node towns and nothing else', () => {
    const left = shown(toggle(EMPTY_FILTERS, 'tiers', 'node'));
    expect(byKind(left)).toEqual({ town: 16, port: 0, park: 0, route: 0 });
  });

  it('ticking 喜马拉雅中段强边建设带 leaves the places of the border belt, of every kind', () => {
    const left = shown(toggle(EMPTY_FILTERS, 'zones', 'border-belt'));
    expect(left.every((p) => p.zones.includes('border-belt'))).toBe(true);
    expect(byKind(left).town).toBe(20);
    expect(left.map((p) => p.name)).toContain('吉隆口岸');
    expect(left.map((p) => p.name)).not.toContain('江孜镇');
  });

  it('combines dimensions: node towns and ports of the border belt', () => {
    let f = toggle(EMPTY_FILTERS, 'zones', 'border-belt');
    f = toggle(f, 'tiers', 'node');
    for (const status of ['expand', 'set-up', 'study']) f = toggle(f, 'portStatus', status);
    const left = shown(f);
    expect(
      left
        .filter((p) => p.kind === 'town')
        .map((p) => p.name)
        .sort(),
    ).toEqual(['宗嘎镇', '聂拉木镇', '岗嘎镇', '江嘎镇', '岗巴镇', '帕里镇', '康马镇'].sort());
    expect(left.filter((p) => p.kind === 'port').length).toBeGreaterThan(5);
    expect(left.some((p) => p.kind === 'park')).toBe(false);
  });

  it('counts what each option would leave', () => {
    expect(optionCount(places, EMPTY_FILTERS, 'tiers', 'node')).toBe(16);
    const border = toggle(EMPTY_FILTERS, 'zones', 'border-belt');
    expect(optionCount(places, border, 'tiers', 'key-township')).toBe(
      shown(toggle(border, 'tiers', 'key-township')).length,
    );
    // With ports chosen, the count of a tier still says what ticking it would add.
    const ports = toggle(EMPTY_FILTERS, 'portStatus', 'study');
    expect(optionCount(places, ports, 'tiers', 'central-city')).toBe(1);
  });

  it('filters the county dimension by county id, leaving routes alone', () => {
    const left = shown(toggle(EMPTY_FILTERS, 'counties', 'county-540234'));
    expect(byKind(left)).toMatchObject({ town: 3, route: 5 });
  });

  it('writes the same test as a MapLibre expression', () => {
    const f = toggle(toggle(EMPTY_FILTERS, 'zones', 'core'), 'tiers', 'node');
    expect(filterExpression('town', f)).toEqual([
      'all',
      true,
      ['any', ['in', 'core', ['get', 'zones']]],
      ['in', ['get', 'tier'], ['literal', ['node']]],
    ]);
    expect(filterExpression('town', EMPTY_FILTERS)).toEqual(['all', true]);
    // Ports are left out by feature-state and their names by paint when only towns are chosen.
    expect(filterExpression('port', f)).toEqual(['all', true, ['any', ['in', 'core', ['get', 'zones']]]]);
    expect(isKindShown('port', f)).toBe(false);
    expect(isKindShown('town', f)).toBe(true);
  });
});
