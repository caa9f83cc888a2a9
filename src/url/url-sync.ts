import { EMPTY_FILTERS } from '../filter/filter-model';
import type { AppState, AppStore } from '../store/app-store';
import type { View } from '../store/apply-view-slice';
import { formatHash, type HashState, parseHash } from './hash-codec';

const CAMERA_WRITE_DELAY_MS = 400;

/** The parts of the state a history entry keeps (the camera aside: it only replaces the entry). */
const isMeaningfulChange = (state: AppState, previous: AppState) =>
  state.selectedId !== previous.selectedId ||
  state.lang !== previous.lang ||
  state.hiddenLayers !== previous.hiddenLayers ||
  state.filters !== previous.filters ||
  state.sceneIndex !== previous.sceneIndex ||
  state.presenting !== previous.presenting ||
  state.readerOpen !== previous.readerOpen ||
  state.readerParagraph !== previous.readerParagraph ||
  state.auditOpen !== previous.auditOpen ||
  state.indicatorsOpen !== previous.indicatorsOpen ||
  state.brief !== previous.brief;

/** A comparison opened, closed, or showing something else (its divider aside). */
const comparisonChanged = (state: AppState, previous: AppState) =>
  (state.compare === null) !== (previous.compare === null) ||
  (state.compare !== null &&
    previous.compare !== null &&
    (state.compare.mode !== previous.compare.mode ||
      JSON.stringify(state.compare.source) !== JSON.stringify(previous.compare.source)));

/**
 * Mirrors the store in the URL hash. Every meaningful change (a slide step, a
 * selection, a filter, a layer, the reader, the language) is one history entry,
 * even when a user action makes several store updates: the entry is written
 * once, after the action. Camera moves only replace the current entry, so
 * panning does not flood the history. Back and Forward restore the entry's
 * whole view in one store update and write nothing.
 */
export function syncUrlWithStore(store: AppStore): () => void {
  let cameraTimer: ReturnType<typeof setTimeout> | undefined;
  let entryPending = false;
  let restoring = false;
  const current = () => {
    const s = store.getState();
    return currentLinkHash(store, s.sceneIndex, s.presenting);
  };

  const writeEntry = () => {
    if (!entryPending) return;
    entryPending = false;
    const hash = current();
    if (hash !== window.location.hash) window.history.pushState(null, '', hash);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (restoring) return;
    if (isMeaningfulChange(state, previous)) {
      clearTimeout(cameraTimer);
      if (!entryPending) {
        entryPending = true;
        // Once the action's updates are all in (they run in the same task).
        queueMicrotask(writeEntry);
      }
    } else if (
      (state.basemap !== previous.basemap ||
        state.hillshade !== previous.hillshade ||
        comparisonChanged(state, previous)) &&
      !entryPending
    ) {
      // A basemap or a comparison is how this screen draws, not a step of the story: the entry is replaced.
      window.history.replaceState(null, '', current());
    } else if ((state.camera !== previous.camera || state.compare !== previous.compare) && !entryPending) {
      // The comparison's divider moves as often as a camera: written once it rests.
      clearTimeout(cameraTimer);
      cameraTimer = setTimeout(() => window.history.replaceState(null, '', current()), CAMERA_WRITE_DELAY_MS);
    }
  });

  const onPopState = () => {
    clearTimeout(cameraTimer);
    entryPending = false;
    restoring = true;
    try {
      store.getState().applyView(viewFromHash(parseHash(window.location.hash).state));
    } finally {
      restoring = false;
    }
    // The basemap stays as it is (an older entry may not know it): the link says so again.
    if (current() !== window.location.hash) window.history.replaceState(null, '', current());
  };
  window.addEventListener('popstate', onPopState);

  return () => {
    clearTimeout(cameraTimer);
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}

/** The whole view a parsed hash describes: what it leaves out is the default (no selection, no filter…). */
export function viewFromHash(state: HashState): View {
  return {
    camera: state.camera ?? null,
    selectedId: state.selectedId ?? null,
    lang: state.lang ?? 'zh',
    hiddenLayers: state.hidden ?? [],
    filters: state.filters ?? EMPTY_FILTERS,
    readerOpen: Boolean(state.reading),
    readerParagraph: state.reading && state.reading !== 'toc' ? state.reading : null,
    // The reader and the audit share one place: a link naming both opens the reader.
    auditOpen: !state.reading && state.audit === true,
    indicatorsOpen: !state.reading && !state.audit && state.indicators === true,
    sceneIndex: state.scene ?? null,
    presenting: state.presenting ?? false,
    brief: state.brief ?? null,
  };
}

/**
 * The link of the current view: the view, the brief open over it, and how this screen draws it
 * (the basemap, not its key or URL).
 */
export function currentLinkHash(store: AppStore, scene: number | null, presenting: boolean): string {
  const { basemap, hillshade, brief, compare } = store.getState();
  return formatHash({ ...viewHashState(store, scene, presenting), basemap, hillshade, brief, compare });
}

/** The current view as a hash (what a scene keeps, without scene and presenting, the basemap or the brief). */
export function currentViewHash(store: AppStore, scene: number | null = null, presenting = false): string {
  return formatHash(viewHashState(store, scene, presenting));
}

function viewHashState(store: AppStore, scene: number | null, presenting: boolean) {
  const s = store.getState();
  return {
    scene,
    presenting,
    camera: s.camera,
    selectedId: s.selectedId,
    lang: s.lang,
    hidden: s.hiddenLayers,
    reading: s.readerOpen ? (s.readerParagraph ?? 'toc') : null,
    audit: s.auditOpen,
    indicators: s.indicatorsOpen,
    filters: s.filters,
  };
}
