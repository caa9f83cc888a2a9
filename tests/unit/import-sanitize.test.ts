import { describe, expect, it } from 'vitest';
import { runImport } from '../../src/import/run-import';
import { safeUrl } from '../../src/import/safe-url';
import { sanitizeProperties } from '../../src/import/sanitize';
import { loadImportContext, textFile } from './support/import-context';

const ctx = loadImportContext();

describe('property sanitising', () => {
  it('drops __proto__, constructor and prototype so nothing is polluted', async () => {
    const text =
      '{"type":"Feature","geometry":{"type":"Point","coordinates":[88.88,29.27]},' +
      '"properties":{"name":"x","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":1}}';
    const result = await runImport([textFile('pollute.geojson', text)], {}, ctx);
    if (result.status !== 'ok') throw new Error(JSON.stringify(result));
    const props = result.features[0]?.properties ?? {};
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(props)).toBe(Object.prototype);
    expect((props as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(props)).toEqual(['name', '__county', '__zones']);
  });

  it('renames reserved __ keys, flattens nested values and keeps text verbatim (the UI renders text only)', () => {
    const { properties, renamedKeys } = sanitizeProperties({
      __county: 'mine',
      name: '<img src=x onerror=alert(1)>',
      nested: { a: [1, { b: null }] },
      big: 10n,
      when: new Date('2024-01-02T00:00:00Z'),
      nan: Number.NaN,
      fn: () => 1,
    });
    expect(properties).toEqual({
      user__county: 'mine',
      name: '<img src=x onerror=alert(1)>',
      nested: '{"a":[1,{"b":null}]}',
      big: '10',
      when: '2024-01-02T00:00:00.000Z',
      nan: null,
      fn: null,
    });
    expect(renamedKeys).toBe(1);
  });

  it('cuts a 1 MB string to the 10 000-character limit and says so', async () => {
    const huge = 'a'.repeat(1024 * 1024);
    const text = JSON.stringify({
      type: 'Feature',
      properties: { huge },
      geometry: { type: 'Point', coordinates: [88.88, 29.27] },
    });
    const result = await runImport([textFile('huge.geojson', text)], {}, ctx);
    if (result.status !== 'ok') throw new Error(JSON.stringify(result));
    expect(String(result.features[0]?.properties.huge)).toHaveLength(10_000);
    expect(result.warnings.map((w) => w.en).join()).toContain('limit of 10000 characters');
  });

  it('keeps at most 200 properties per feature', () => {
    const raw = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`k${i}`, i]));
    const { properties, overLimitKeys } = sanitizeProperties(raw);
    expect(Object.keys(properties)).toHaveLength(200);
    expect(overLimitKeys).toBe(100);
  });
});

describe('safeUrl', () => {
  it('passes http and https links', () => {
    expect(safeUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeUrl(' http://example.org ')).toBe('http://example.org/');
  });

  it('refuses javascript:, data:, relative and non-string values', () => {
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('JAVASCRIPT:alert(1)')).toBeNull();
    expect(safeUrl('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeUrl('//evil.example/x')).toBeNull();
    expect(safeUrl('/relative')).toBeNull();
    expect(safeUrl(42)).toBeNull();
    expect(safeUrl(null)).toBeNull();
  });
});
