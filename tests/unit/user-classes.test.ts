import { describe, expect, it } from 'vitest';
import type { ImportedFeature } from '../../src/import/types';
import { colourClasses } from '../../src/symbology/user-classes';

const features = (values: (string | number | null)[]): ImportedFeature[] =>
  values.map((v) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [88, 29] }, properties: { v } }));

describe("colouring a user's layer by a property", () => {
  it('categories: the most frequent values first, at most ten', () => {
    const classes = colourClasses(features(['b', 'a', 'b', 'c', 'b', 'a', null]), {
      property: 'v',
      mode: 'categories',
    });
    expect(classes.map((c) => c.value)).toEqual(['b', 'a', 'c']);
    expect(new Set(classes.map((c) => c.colour)).size).toBe(3);
    const many = colourClasses(features(Array.from({ length: 30 }, (_, i) => `v${i}`)), {
      property: 'v',
      mode: 'categories',
    });
    expect(many).toHaveLength(10);
  });

  it('graduated: quantile classes of the numbers, lowest first, ignoring what is not a number', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    const classes = colourClasses(features([...values, 'n/a']), { property: 'v', mode: 'graduated' });
    expect(classes.map((c) => c.value)).toEqual([1, 21, 41, 61, 81]);
    expect(classes[0]?.label).toBe('1 – 21');
    expect(classes.at(-1)?.label).toBe('≥ 81');
  });

  it('nothing to colour by: no classes', () => {
    expect(colourClasses(features(['x', 'y']), { property: 'v', mode: 'graduated' })).toEqual([]);
    expect(colourClasses(features([null]), { property: 'v', mode: 'categories' })).toEqual([]);
  });
});
