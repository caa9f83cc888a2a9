import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GEODATA_DIR, LINKS_JSON, readLinkInputs } from '../../scripts/links/files';
import type { Links } from '../../src/data/links-types';

const links = JSON.parse(readFileSync(LINKS_JSON, 'utf8')) as Links;
const { places } = readLinkInputs(GEODATA_DIR);

describe('links.json counts', () => {
  it('has the projects of 专栏3 and 专栏5–13, per column', () => {
    const perColumn: Record<number, number> = {};
    for (const p of links.projects) perColumn[p.column] = (perColumn[p.column] ?? 0) + 1;
    expect(perColumn).toEqual({ 3: 14, 5: 4, 6: 3, 7: 12, 8: 2, 9: 12, 10: 7, 11: 6, 12: 4, 13: 8 });
  });

  it('has 72 projects in all', () => {
    expect(links.projects).toHaveLength(72);
  });

  it('lists every feature, and every feature has at least one ref', () => {
    expect(Object.keys(links.byFeature)).toEqual(places.map((p) => p.id));
    const without = places.filter((p) => (links.byFeature[p.id] ?? []).length === 0).map((p) => `${p.id} ${p.name}`);
    expect(without).toEqual([]);
  });

  it('gives every zone, town, port, park and route a primary ref', () => {
    const without = places
      .filter((p) => p.kind !== 'county')
      .filter((p) => !(links.byFeature[p.id] ?? []).some((r) => r.primary))
      .map((p) => p.id);
    expect(without).toEqual([]);
  });

  it('lists the primary refs first', () => {
    for (const [id, refs] of Object.entries(links.byFeature)) {
      const firstOther = refs.findIndex((r) => !r.primary);
      if (firstOther >= 0)
        expect(
          refs.slice(firstOther).every((r) => !r.primary),
          id,
        ).toBe(true);
    }
  });

  it('has no unresolved mention in the plan as published', () => {
    expect(links.unresolved).toEqual([]);
  });
});
