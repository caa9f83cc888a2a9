import { type Bilingual, inBoth } from '../i18n/bilingual';
import type { Lang } from '../i18n/strings';
import type { AppStore } from '../store/app-store';
import { parseHash } from '../url/hash-codec';
import { currentViewHash, viewFromHash } from '../url/url-sync';
import { agendaToJson, parseAgendaFile } from './agenda-file';
import type { Scene } from './scenes';

const STORAGE_KEY = 'shigatse-plan-map.agenda';

/**
 * Shows scene `index` in one store update (one history entry): its view and its
 * number; the camera frames its focus (the map does that). The language stays
 * the presenter's; `presenting` starts or keeps the presentation.
 */
export function goToScene(store: AppStore, index: number, presenting = store.getState().presenting) {
  const { agenda } = store.getState();
  const clamped = Math.max(0, Math.min(agenda.length - 1, index));
  const scene = agenda[clamped];
  if (!scene) return;
  const view = viewFromHash(parseHash(scene.view).state);
  store.getState().applyView({ ...view, lang: undefined, sceneIndex: clamped, presenting });
  if (scene.userLayers) showSceneLayers(store, scene.userLayers);
}

/** The scene's imported layers, shown; the others hidden. A layer this browser lacks is named in a notice. */
function showSceneLayers(store: AppStore, names: readonly string[]) {
  const s = store.getState();
  for (const layer of s.userLayers) {
    const visible = names.includes(layer.name);
    if (layer.visible !== visible) s.updateUserLayer(layer.id, { visible });
  }
  const missing = missingSceneLayers(s.userLayers, names);
  if (missing.length > 0) {
    s.showNotice(inBoth((t) => `${t.sceneLayersMissing}${missing.join(t.listSeparator)}`));
  }
}

/** The layers a scene needs that this browser has not imported. */
export function missingSceneLayers(layers: readonly { name: string }[], names: readonly string[]): string[] {
  return names.filter((n) => !layers.some((l) => l.name === n));
}

/** The agenda kept in this browser (an edited agenda survives a reload), or null. */
export function loadSavedAgenda(): Scene[] | null {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (!saved) return null;
    const parsed = parseAgendaFile(saved);
    return 'scenes' in parsed ? parsed.scenes : null;
  } catch {
    return null;
  }
}

export function saveAgenda(store: AppStore, agenda: Scene[]) {
  store.getState().setAgenda(agenda);
  try {
    localStorage.setItem(STORAGE_KEY, agendaToJson(agenda));
  } catch {
    // Private mode or a file:// page without storage: the agenda lasts this session.
  }
}

export function addCurrentView(store: AppStore, title: string) {
  const s = store.getState();
  const shown = s.userLayers.filter((l) => l.visible).map((l) => l.name);
  const scene: Scene = {
    title,
    title_en: title,
    caption: '',
    cite: '',
    view: currentViewHash(store),
    ...(shown.length > 0 ? { userLayers: shown } : {}),
  };
  saveAgenda(store, [...s.agenda, scene]);
}

export function moveScene(store: AppStore, index: number, by: -1 | 1) {
  const agenda = [...store.getState().agenda];
  const to = index + by;
  if (to < 0 || to >= agenda.length) return;
  [agenda[index], agenda[to]] = [agenda[to]!, agenda[index]!];
  saveAgenda(store, agenda);
}

/** Renames a scene in the language it is shown in (a title the two languages share changes in both). */
export function renameScene(store: AppStore, index: number, title: string, lang: Lang = 'zh') {
  const renamed = (s: Scene): Scene => {
    const shared = s.title === s.title_en;
    if (lang === 'zh') return { ...s, title, title_en: shared ? title : s.title_en };
    return { ...s, title_en: title, title: shared ? title : s.title };
  };
  saveAgenda(
    store,
    store.getState().agenda.map((s, i) => (i === index ? renamed(s) : s)),
  );
}

/** The speaker's notes of scene `index`; empty notes are dropped from the file. */
export function setSceneNotes(store: AppStore, index: number, notes: string) {
  saveAgenda(
    store,
    store.getState().agenda.map((s, i) => {
      if (i !== index) return s;
      const { notes: _old, ...rest } = s;
      return notes.trim() ? { ...rest, notes } : rest;
    }),
  );
}

export function deleteScene(store: AppStore, index: number) {
  const agenda = store.getState().agenda.filter((_, i) => i !== index);
  if (agenda.length > 0) saveAgenda(store, agenda);
}

/** Reads an agenda file; on any problem the current agenda stays and the message says why. */
export async function importAgenda(store: AppStore, file: File): Promise<Bilingual | null> {
  const parsed = parseAgendaFile(await file.text());
  if ('error' in parsed) return parsed.error;
  saveAgenda(store, parsed.scenes);
  return null;
}

export function exportAgenda(store: AppStore) {
  const blob = new Blob([agendaToJson(store.getState().agenda)], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = '日喀则十四五-会议议程.json';
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
