import { EMPTY_FILTERS } from '../filter/filter-model';
import type { AppStore } from '../store/app-store';
import { formatHash, parseHash } from './hash-codec';

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
    const reading = s.readerOpen ? (s.readerParagraph ?? 'toc') : null;
    return formatHash({
      camera: s.camera,
      selectedId: s.selectedId,
      lang: s.lang,
      hidden: s.hiddenLayers,
      reading,
      filters: s.filters,
    });
  };

  const unsubscribe = store.subscribe((state, previous) => {
    const meaningful =
      state.selectedId !== previous.selectedId ||
      state.lang !== previous.lang ||
      state.hiddenLayers !== previous.hiddenLayers ||
      state.filters !== previous.filters ||
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

  const onPopState = () => {
    const { state } = parseHash(window.location.hash);
    const s = store.getState();
    s.setCamera(state.camera ?? null, 'app');
    s.select(state.selectedId ?? null);
    s.setLang(state.lang ?? 'zh');
    s.setHiddenLayers(state.hidden ?? []);
    s.setFilters(state.filters ?? EMPTY_FILTERS);
    s.openReader(Boolean(state.reading));
    s.showParagraph(state.reading && state.reading !== 'toc' ? state.reading : null);
  };
  window.addEventListener('popstate', onPopState);

  return () => {
    clearTimeout(timer);
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}
