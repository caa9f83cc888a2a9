import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLinks } from '../../scripts/links/build';
import { GEODATA_DIR, LINKS_JSON, readLinkInputs } from '../../scripts/links/files';
import { serializeLinks } from '../../scripts/links/serialize';

const fresh = () => {
  const { plan, places } = readLinkInputs(GEODATA_DIR);
  return serializeLinks(buildLinks(plan, places).links);
};

describe('links.json build', () => {
  it('writes the same bytes when run twice', () => {
    expect(fresh()).toBe(fresh());
  });

  it('is committed as a fresh build writes it (run npx tsx scripts/links/build-links.ts)', () => {
    expect(readFileSync(LINKS_JSON, 'utf8')).toBe(fresh());
  });

  it('writes one project, ref or span per line', () => {
    const lines = readFileSync(LINKS_JSON, 'utf8').split('\n');
    const records = lines.filter((l) => /^\s+\{"(id|ref|feature)":/u.test(l));
    const { plan, places } = readLinkInputs(GEODATA_DIR);
    const { links } = buildLinks(plan, places);
    const expected =
      links.projects.length +
      Object.values(links.byFeature).reduce((n, l) => n + l.length, 0) +
      Object.values(links.spans).reduce((n, l) => n + l.length, 0);
    expect(records).toHaveLength(expected);
  });
});
