// The weight a first visit downloads before the map starts, read from the
// production build the browser tests run against (issue 9's budget).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialJs } from '../../scripts/bench/sizes';

const BUDGET_KB = 390;

describe('initial JS', () => {
  it(`is at most ${BUDGET_KB} KB gzip: the import dialogs, readers and exports load when used`, () => {
    const { files, kb } = initialJs(join(import.meta.dirname, '..', '..', 'dist'));
    expect(files.length).toBeGreaterThan(0);
    expect(kb).toBeLessThanOrEqual(BUDGET_KB);
  });
});
