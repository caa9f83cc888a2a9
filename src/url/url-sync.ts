import { EMPTY_FILTERS } from '../filter/filter-model';
import type { AppStore } from '../store/app-store';
import { formatHash, type HashState, parseHash } from './hash-codec';

const CAMERA_WRITE_DELAY_MS = 400;

/**
 * Mirrors the store in the URL hash. Selection and language changes are
 * history entries (back/forward step through them); camera moves only replace
 * the current entry, so panning does not flood the history.
 */
export function syncUrlWithStore(store: AppStore): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const current = () => {
    const s = store.getState();
    return currentViewHash(store, s.sceneIndex, s.presenting);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    const meaningful =
      state.selectedId !== previous.selectedId ||
      state.lang !== previous.lang ||
      state.hiddenLayers !== previous.hiddenLayers ||
      state.filters !== previous.filters ||
      state.sceneIndex !== previous.sceneIndex ||
      state.presenting !== previous.presenting ||
      state.readerOpen !== previous.readerOpen ||
      state.readerParagraph !== previous.readerParagraph;
    if (meaningful) {
      clearTimeout(timer);
      const hash = current();
      if (hash !== window.location.hash) window.history.pushState(null, '', hash);
    } else if (state.camera !== previous.camera) {
      clearTimeout(timer);
      timer = setTimeout(() => window.history.replaceState(null, '', current()), CAMERA_WRITE_DELAY_MS);
    }
  });

  const onPopState = () => applyHashState(store, parseHash(window.location.hash).state);
  window.addEventListener('popstate', onPopState);

  return () => {
    clearTimeout(timer);
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}

/** Puts a parsed view into the store (back/forward, and the scenes of a meeting). */
export function applyHashState(store: AppStore, state: HashState, keepLanguage = false) {
  const s = store.getState();
  s.setCamera(state.camera ?? null, 'app');
  s.select(state.selectedId ?? null);
  if (!keepLanguage) s.setLang(state.lang ?? 'zh');
  if (state.scene !== undefined) s.setScene(state.scene ?? null);
  if (state.presenting !== undefined) s.setPresenting(state.presenting);
  s.setHiddenLayers(state.hidden ?? []);
  s.setFilters(state.filters ?? EMPTY_FILTERS);
  s.openReader(Boolean(state.reading));
  s.showParagraph(state.reading && state.reading !== 'toc' ? state.reading : null);
}

/** The current view as a hash (what a link keeps; a scene keeps it without scene and presenting). */
export function currentViewHash(store: AppStore, scene: number | null = null, presenting = false): string {
  const s = store.getState();
  return formatHash({
    scene,
    presenting,
    camera: s.camera,
    selectedId: s.selectedId,
    lang: s.lang,
    hidden: s.hiddenLayers,
    reading: s.readerOpen ? (s.readerParagraph ?? 'toc') : null,
    filters: s.filters,
  });
}
