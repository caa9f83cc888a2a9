import { describe, expect, it } from 'vitest';
import { goToScene } from '../../src/meeting/agenda-actions';
import { agendaToJson, parseAgendaFile } from '../../src/meeting/agenda-file';
import { DEFAULT_AGENDA } from '../../src/meeting/scenes';
import { createAppStore } from '../../src/store/app-store';
import { parseHash } from '../../src/url/hash-codec';
import { viewFromHash } from '../../src/url/url-sync';
import { readGeojson } from './support/geodata';

describe('a scene step', () => {
  it('is one store update carrying the scene number and its whole view', () => {
    const store = createAppStore({ lang: 'en', selectedId: 'town-540234101', readerOpen: true });
    const updates: { sceneIndex: number | null; zones: string[]; selectedId: string | null }[] = [];
    store.subscribe((s) =>
      updates.push({ sceneIndex: s.sceneIndex, zones: s.filters.zones, selectedId: s.selectedId }),
    );
    goToScene(store, 4, true);
    expect(updates).toEqual([{ sceneIndex: 4, zones: ['corridor'], selectedId: null }]);
    const s = store.getState();
    expect([s.presenting, s.readerOpen, s.lang]).toEqual([true, false, 'en']);
  });

  it('Back to a link without a scene leaves the scene and the presentation', () => {
    const store = createAppStore();
    goToScene(store, 2, true);
    store.getState().applyView(viewFromHash(parseHash('#v=1&sel=county-540234&lang=en').state));
    const s = store.getState();
    expect([s.sceneIndex, s.presenting, s.selectedId, s.lang, s.filters.zones]).toEqual([
      null,
      false,
      'county-540234',
      'en',
      [],
    ]);
  });
});

describe('the default scenes', () => {
  it('each have a focus naming features the data hold', () => {
    const files = ['counties', 'zones', 'towns', 'ports', 'parks', 'routes'];
    const ids = new Set(
      files.flatMap((f) => readGeojson<{ id: string }>(`${f}.geojson`).features.map((x) => x.properties.id)),
    );
    for (const scene of DEFAULT_AGENDA) {
      expect(scene.focus, scene.title).toBeDefined();
      expect(
        (scene.focus?.ids ?? []).filter((id) => !ids.has(id)),
        scene.title,
      ).toEqual([]);
    }
  });

  it('keep their focus through an agenda file, and a malformed focus is refused', () => {
    expect(parseAgendaFile(agendaToJson(DEFAULT_AGENDA))).toEqual({ scenes: DEFAULT_AGENDA });
    const file = JSON.parse(agendaToJson(DEFAULT_AGENDA)) as { scenes: Record<string, unknown>[] };
    file.scenes[1]!.focus = { ids: ['<b>'] };
    expect(parseAgendaFile(JSON.stringify(file))).toEqual({
      error: {
        zh: '第 2 个场景：焦点（focus）应包含要素编号与筛选出的地点',
        en: 'scene 2: the focus must hold feature ids and the places a filter leaves',
      },
    });
  });
});

describe('the audit page in a link', () => {
  it('opens from audit=1 and closes on a link without it', () => {
    const store = createAppStore();
    store.getState().applyView(viewFromHash(parseHash('#v=1&audit=1').state));
    expect([store.getState().auditOpen, store.getState().readerOpen]).toEqual([true, false]);
    store.getState().applyView(viewFromHash(parseHash('#v=1&sel=county-540234').state));
    expect(store.getState().auditOpen).toBe(false);
  });

  it('gives way to the reader when a link names both, as they share one place', () => {
    const store = createAppStore();
    store.getState().applyView(viewFromHash(parseHash('#v=1&read=c01.s2.p1&audit=1').state));
    expect([store.getState().auditOpen, store.getState().readerParagraph]).toEqual([false, 'c01.s2.p1']);
  });
});
