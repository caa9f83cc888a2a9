import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/import/limits';
import { runImport } from '../../src/import/run-import';
import { loadImportContext, textFile } from './support/import-context';

const ctx = loadImportContext();

describe('import limits', () => {
  it('refuses a file over 200 MB before reading it, naming the limit', async () => {
    const bytes = new Uint8Array(LIMITS.fileBytes + 1);
    const result = await runImport([{ name: 'big.geojson', bytes }], {}, ctx);
    expect(result.status).toBe('refused');
    if (result.status === 'refused') expect(result.message.en).toContain('over the limit of 200.0 MB');
  });

  it('refuses more than 250 000 features, naming the limit', async () => {
    const items = new Array(LIMITS.features + 1).fill('1').join(',');
    const result = await runImport(
      [textFile('many.geojson', `{"type":"FeatureCollection","features":[${items}]}`)],
      {},
      ctx,
    );
    expect(result.status).toBe('refused');
    if (result.status === 'refused') expect(result.message.en).toContain('over the limit of 250000');
  });

  it('rejects coordinates nested thousands of levels deep without overflowing the stack', async () => {
    const deep = `${'['.repeat(20_000)}85.3,28.85${']'.repeat(20_000)}`;
    const text = `{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":${deep}}}`;
    const result = await runImport([textFile('deep.geojson', text)], {}, ctx);
    expect(result.status).toBe('refused');
    if (result.status === 'refused') expect(result.message.en).toContain('limit of 6 levels');
  });

  it('a zip that claims to unpack beyond the size limit is refused (zip-bomb guard)', async () => {
    const { zipSync } = await import('fflate');
    const zipped = zipSync({ 'a.geojson': new TextEncoder().encode('{}') });
    // Claim 300 MB in the central directory entry (signature PK\x01\x02, uncompressed size at +24).
    const view = new DataView(zipped.buffer);
    const central = zipped.findIndex((_, i) => view.getUint32(i, true) === 0x02014b50);
    view.setUint32(central + 24, 300 * 1024 * 1024, true);
    const result = await runImport([{ name: 'bomb.zip', bytes: zipped }], {}, ctx);
    expect(result.status).toBe('refused');
    if (result.status === 'refused') expect(result.message.en).toContain('unpacks to 300.0 MB, over the limit');
  });
});
