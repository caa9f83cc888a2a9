import { readdirSync } from 'node:fs';
import type { Position } from 'geojson';
import * as GJV from 'geojson-validation';
import { describe, expect, it } from 'vitest';
import { schemaProblems } from './support/feature-schema';
import { GEODATA_DIR, readGeojson } from './support/geodata';

const files = readdirSync(GEODATA_DIR).filter((f) => f.endsWith('.geojson'));

function positions(value: unknown): Position[] {
  if (Array.isArray(value) && typeof value[0] === 'number') return [value as Position];
  return Array.isArray(value) ? value.flatMap(positions) : [];
}

describe.each(files)('%s', (file) => {
  const fc = readGeojson(file);

  it('is valid GeoJSON (geojson-validation)', () => {
    const errors = GJV.valid(fc, true);
    expect(errors).toEqual([]);
  });

  it('matches the feature schema of its kind', () => {
    expect(schemaProblems(file, fc.features)).toEqual([]);
  });

  it('writes at most 6 decimals, longitude first', () => {
    for (const f of fc.features) {
      for (const [lng, lat] of positions((f.geometry as { coordinates: unknown } | null)?.coordinates)) {
        expect(String(lng).split('.')[1]?.length ?? 0).toBeLessThanOrEqual(6);
        // Longitude first: Xizang lies at 78–100°E, 26–37°N.
        expect(lng).toBeGreaterThan(70);
        expect(lat).toBeLessThan(40);
      }
    }
  });

  it('winds polygons by the right-hand rule (RFC 7946)', () => {
    expect(GJV.isFeatureCollection(fc)).toBe(true);
    for (const f of fc.features) {
      const g = f.geometry;
      if (g === null) continue; // a work the plan names but no source places
      const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
      for (const poly of polys) {
        poly.forEach((ring, i) => {
          const signed = ring.slice(1).reduce((s, p, k) => s + (p[0]! - ring[k]![0]!) * (p[1]! + ring[k]![1]!), 0);
          // Exterior rings counter-clockwise (negative shoelace sum), holes clockwise.
          expect(signed < 0, `${f.properties && (f.properties as { id: string }).id} ring ${i}`).toBe(i === 0);
        });
      }
    }
  });
});

describe('ids', () => {
  it('are unique across every file', () => {
    const ids = files.flatMap((file) => readGeojson<{ id: string }>(file).features.map((f) => f.properties.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
