import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', 'src');

/** Every module a folder of src/ imports, as paths relative to src/. */
function importsOf(folder: string): { file: string; target: string }[] {
  const dir = join(SRC, folder);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .flatMap((f) => {
      const file = join(dir, f);
      const text = readFileSync(file, 'utf8');
      return [...text.matchAll(/from '(\.[^']+)'/g)].map((m) => ({
        file: relative(SRC, file),
        target: relative(SRC, resolve(dirname(file), m[1]!)),
      }));
    });
}

describe('the import graph', () => {
  it.each(['store', 'url', 'symbology', 'filter', 'basemap'])('src/%s knows nothing of src/map', (folder) => {
    const intoMap = importsOf(folder).filter((i) => i.target.startsWith('map/') || i.target === 'map');
    expect(intoMap).toEqual([]);
  });

  it('finds imports at all (the check above can fail)', () => {
    expect(importsOf('map').some((i) => i.target.startsWith('symbology/'))).toBe(true);
  });
});
