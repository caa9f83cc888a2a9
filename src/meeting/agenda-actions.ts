import type { AppStore } from '../store/app-store';
import { parseHash } from '../url/hash-codec';
import { applyHashState, currentViewHash } from '../url/url-sync';
import { agendaToJson, parseAgendaFile } from './agenda-file';
import type { Scene } from './scenes';

const STORAGE_KEY = 'shigatse-plan-map.agenda';

/** Shows scene `index`: its view, with smooth camera moves; the language stays the presenter's. */
export function goToScene(store: AppStore, index: number) {
  const { agenda } = store.getState();
  const clamped = Math.max(0, Math.min(agenda.length - 1, index));
  const scene = agenda[clamped];
  if (!scene) return;
  store.getState().setScene(clamped);
  applyHashState(store, parseHash(scene.view).state, true);
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
  const scene: Scene = { title, title_en: title, caption: '', cite: '', view: currentViewHash(store) };
  saveAgenda(store, [...s.agenda, scene]);
}

export function moveScene(store: AppStore, index: number, by: -1 | 1) {
  const agenda = [...store.getState().agenda];
  const to = index + by;
  if (to < 0 || to >= agenda.length) return;
  [agenda[index], agenda[to]] = [agenda[to]!, agenda[index]!];
  saveAgenda(store, agenda);
}

export function renameScene(store: AppStore, index: number, title: string) {
  saveAgenda(
    store,
    store
      .getState()
      .agenda.map((s, i) => (i === index ? { ...s, title, title_en: s.title_en === s.title ? title : s.title_en } : s)),
  );
}

export function deleteScene(store: AppStore, index: number) {
  const agenda = store.getState().agenda.filter((_, i) => i !== index);
  if (agenda.length > 0) saveAgenda(store, agenda);
}

/** Reads an agenda file; on any problem the current agenda stays and the message says why. */
export async function importAgenda(store: AppStore, file: File): Promise<string | null> {
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
