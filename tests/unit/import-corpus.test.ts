import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../src/import/run-import';
import type { ImportChoices, ImportFile, ImportResult } from '../../src/import/types';
import { loadImportContext } from './support/import-context';

type Expectation =
  | {
      status: 'ok';
      features: number;
      rejected?: number;
      warnings?: string[];
      crs?: string;
      /** lon, lat, metres: the first coordinate must lie this close. */
      near?: [number, number, number];
      /** Properties the first feature must carry, exactly. */
      firstProperties?: Record<string, string | number>;
      choices?: ImportChoices;
    }
  | { status: 'refused'; message: string; choices?: ImportChoices }
  | { status: 'question'; kind: 'columns' | 'crs'; choices?: ImportChoices };

const DIR = new URL('../fixtures/import/', import.meta.url).pathname;
const expected: Record<string, Expectation> = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8'));
const fixtures = readdirSync(DIR).filter((name) => name !== 'expected.json');
const ctx = loadImportContext();

/** A folder in the corpus stands for loose files dropped together. */
function filesOf(name: string): ImportFile[] {
  const path = join(DIR, name);
  if (!statSync(path).isDirectory()) return [{ name, bytes: new Uint8Array(readFileSync(path)) }];
  return readdirSync(path).map((part) => ({ name: part, bytes: new Uint8Array(readFileSync(join(path, part))) }));
}

function metresBetween([lon1, lat1]: number[], [lon2, lat2]: number[]): number {
  const rad = Math.PI / 180;
  const dx = ((lon2 ?? 0) - (lon1 ?? 0)) * rad * Math.cos((lat1 ?? 0) * rad);
  const dy = ((lat2 ?? 0) - (lat1 ?? 0)) * rad;
  return Math.hypot(dx, dy) * 6_371_000;
}

function firstCoordinate(geometry: GeoJSON.Geometry): number[] {
  let c: unknown = geometry.type === 'GeometryCollection' ? [] : geometry.coordinates;
  while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
  return c as number[];
}

function describeResult(result: ImportResult): string {
  if (result.status === 'refused') return `refused: ${result.message.en}`;
  if (result.status === 'question') return `question: ${result.question.kind}`;
  return `ok: ${result.features.length} features, rejected ${result.rejected.map((r) => r.message.en).join(' | ')}, warnings ${result.warnings.map((w) => w.en).join(' | ')}`;
}

describe('import fixture corpus', () => {
  it('has at least 60 fixtures, each with an expectation, and no expectation without a fixture', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(60);
    expect(fixtures.filter((f) => !(f in expected))).toEqual([]);
    expect(Object.keys(expected).filter((e) => !fixtures.includes(e))).toEqual([]);
  });

  for (const name of fixtures) {
    const want = expected[name];
    it(`${name} → ${want?.status}`, async () => {
      if (!want) throw new Error(`no expectation for ${name}`);
      const result = await runImport(filesOf(name), want.choices ?? {}, ctx);
      expect(result.status, describeResult(result)).toBe(want.status);
      if (result.status === 'refused' && want.status === 'refused') {
        expect(result.message.en).toContain(want.message);
        expect(result.message.zh).toMatch(/^「/);
      }
      if (result.status === 'question' && want.status === 'question') {
        expect(result.question.kind).toBe(want.kind);
      }
      if (result.status === 'ok' && want.status === 'ok') {
        expect(result.features.length, describeResult(result)).toBe(want.features);
        if (want.rejected !== undefined) expect(result.rejected.length, describeResult(result)).toBe(want.rejected);
        for (const w of want.warnings ?? []) {
          expect(result.warnings.map((x) => x.en).join('\n'), describeResult(result)).toContain(w);
        }
        if (want.crs) expect(result.crs).toBe(want.crs);
        const first = result.features[0];
        if (want.near && first) {
          const [lon, lat, metres] = want.near;
          expect(metresBetween(firstCoordinate(first.geometry), [lon, lat])).toBeLessThanOrEqual(metres);
        }
        if (want.firstProperties) expect(first?.properties).toMatchObject(want.firstProperties);
        for (const feature of result.features) {
          expect(JSON.stringify(feature.geometry)).not.toMatch(/\.\d{7,}/);
          expect(feature.properties).toHaveProperty('__zones');
          for (const value of Object.values(feature.properties)) {
            expect(['string', 'number', 'boolean'].includes(typeof value) || value === null).toBe(true);
          }
        }
      }
    });
  }
});
