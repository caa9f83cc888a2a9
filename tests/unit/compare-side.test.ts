import { describe, expect, it } from 'vitest';
import { sideState, sourceExists } from '../../src/compare/side-state';
import type { UserLayer } from '../../src/import/user-layer';
import { createAppStore } from '../../src/store/app-store';

const layer = (id: string, name: string, visible: boolean) => ({ id, name, visible }) as UserLayer;

describe("the compared side's state", () => {
  const store = createAppStore({
    selectedId: 'county-540234',
    userLayers: [layer('u1', '项目点', false), layer('u2', '调研点', true)],
  });
  const main = store.getState();

  it('takes a scene’s filter and selection, and keeps the screen’s language and basemap', () => {
    const side = sideState({ ...main, lang: 'en', basemap: 'osm' }, { kind: 'scene', index: 5 });
    expect(side.filters.tiers).toEqual(['central-city', 'key-node', 'node', 'key-township']);
    expect(side.filters.zones).toEqual([]);
    expect(side.selectedId).toBeNull();
    expect(side).toMatchObject({ lang: 'en', basemap: 'osm' });
  });

  it('draws an imported layer alone on the county lines', () => {
    const side = sideState(main, { kind: 'layer', layerId: 'u1' });
    expect(side.userLayers.map((l) => [l.id, l.visible])).toEqual([['u1', true]]);
    expect(side.hiddenLayers).toContain('layer:towns');
    expect(side.hiddenLayers).not.toContain('layer:county-lines');
  });

  it('changes only the basemap for a basemap', () => {
    const side = sideState(main, { kind: 'basemap', basemap: 'tianditu-image' });
    expect(side).toMatchObject({ basemap: 'tianditu-image', selectedId: 'county-540234', filters: main.filters });
  });

  it('knows what this browser lacks', () => {
    expect(sourceExists(main, { kind: 'scene', index: main.agenda.length })).toBe(false);
    expect(sourceExists(main, { kind: 'layer', layerId: 'u9' })).toBe(false);
    expect(sourceExists(main, { kind: 'layer', layerId: 'u2' })).toBe(true);
  });
});
