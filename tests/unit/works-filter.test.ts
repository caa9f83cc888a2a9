import { describe, expect, it } from 'vitest';
import type { TownProps, WorkProps } from '../../src/data/types';
import { EMPTY_FILTERS, type Filterable, optionCount, passes } from '../../src/filter/filter-model';
import { readGeojson } from './support/geodata';

const works = readGeojson<WorkProps>('works.geojson')
  .features.filter((f) => f.properties.placed)
  .map((f) => ({ ...f.properties, kind: 'work' }) as unknown as Filterable);
const towns = readGeojson<TownProps>('towns.geojson').features.map((f) => f.properties as unknown as Filterable);
const places = [...towns, ...works];
const ids = (f: typeof EMPTY_FILTERS) =>
  places
    .filter((p) => passes(p, f))
    .map((p) => String(p.id))
    .sort();

describe('the filter on the plan’s works', () => {
  it('项目类别 and 项目进展 combine: 交通 and 前期工作 leave the planned roads and railways only', () => {
    const left = ids({ ...EMPTY_FILTERS, workSector: ['transport'], workStatus: ['preparatory'] });
    expect(left).toEqual([
      'rail-china-nepal-shigatse-gyirong',
      'rail-xinjiang-tibet-hotan-paiku',
      'road-gyantse-yadong',
      'road-shigatse-gyirong',
      'road-shigatse-ngari',
    ]);
  });

  it('a county leaves every work that lies in it, a line in each county it reaches', () => {
    const left = ids({ ...EMPTY_FILTERS, counties: ['county-540234'], workSector: ['transport'] });
    expect(left).toEqual([
      'rail-china-nepal-shigatse-gyirong',
      'rail-xinjiang-tibet-hotan-paiku',
      'road-shigatse-gyirong',
    ]);
  });

  it('counts what an option would leave: 水利 beside a ticked 交通 still says how many water works there are', () => {
    const f = { ...EMPTY_FILTERS, workSector: ['transport' as const] };
    expect(optionCount(places, f, 'workSector', 'water')).toBe(works.filter((w) => w.sector === 'water').length);
    // A heritage site has no status: ticking a status leaves it out.
    expect(ids({ ...EMPTY_FILTERS, workStatus: ['built'] })).not.toContain('heritage-sakya');
  });
});
