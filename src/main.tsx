import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { restoreBasemap } from './basemap/restore-basemap';
import './app/app.css';
import { loadGeoData } from './data/load-geodata';
import { errorReason, inBoth } from './i18n/bilingual';
import { urlProblemsNotice } from './i18n/url-problems';
import { startMapWorkers } from './map/create-map';
import { goToScene, loadSavedAgenda } from './meeting/agenda-actions';
import { isPresenterWindow } from './meeting/presenter-channel';
import { connectProjectorToPresenterView } from './meeting/projector-link';
import { createAppStore } from './store/app-store';
import { selectIsKnownId } from './store/selectors';
import { StoreProvider } from './store/store-context';
import { ACCENT, INK, PAPER } from './symbology/palette';
import { parseHash } from './url/hash-codec';
import { syncUrlWithStore } from './url/url-sync';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
// The same file opens as the presenter view (a second window on the speaker's screen) or as the map.
if (isPresenterWindow(window.location.hash)) {
  void import('./meeting/presenter-window').then(({ startPresenterWindow }) => startPresenterWindow(root));
} else startApp(root);

function startApp(root: HTMLElement) {
  const { state: fromUrl, problems } = parseHash(window.location.hash);
  const store = createAppStore({
    camera: fromUrl.camera ?? null,
    selectedId: fromUrl.selectedId ?? null,
    lang: fromUrl.lang ?? 'zh',
    hiddenLayers: fromUrl.hidden ?? [],
    ...(fromUrl.filters ? { filters: fromUrl.filters } : {}),
    readerOpen: Boolean(fromUrl.reading),
    readerParagraph: fromUrl.reading && fromUrl.reading !== 'toc' ? fromUrl.reading : null,
    brief: fromUrl.brief ?? null,
    // The reader, the audit and the indicators share one place; a link naming several opens the first.
    auditOpen: !fromUrl.reading && fromUrl.audit === true,
    indicatorsOpen: !fromUrl.reading && !fromUrl.audit && fromUrl.indicators === true,
    compare: fromUrl.compare ?? null,
  });
  restoreBasemap(store, fromUrl);
  // The single offline file (file://) has no service worker: it is its own offline copy.
  if (__SERVICE_WORKER__ && import.meta.env.PROD) {
    void import('./offline/register-service-worker').then(({ registerServiceWorker }) => registerServiceWorker(store));
  }
  const savedAgenda = loadSavedAgenda();
  if (savedAgenda) store.getState().setAgenda(savedAgenda);
  // A link to a slide opens that scene (and presents it when the link says so).
  if (fromUrl.scene !== undefined && fromUrl.scene !== null) {
    goToScene(store, fromUrl.scene, Boolean(fromUrl.presenting));
  }
  if (problems.length > 0) store.getState().showNotice(urlProblemsNotice(problems));
  syncUrlWithStore(store);
  connectProjectorToPresenterView(store);

  // The user's own layers, saved in this browser, load beside the data (IndexedDB's helpers are not in
  // the first script); the map does not wait for them, a link's selection is checked once both are in.
  const savedLayers = import('./import/persist-user-layers')
    .then(async ({ loadUserLayers, persistUserLayers }) => {
      const { layers, unreadable } = await loadUserLayers();
      if (layers.length > 0) store.getState().setUserLayers(layers);
      if (unreadable.length > 0)
        store.getState().showNotice(inBoth((s) => `${s.savedLayersUnreadable}${unreadable.join(', ')}`));
      persistUserLayers(store);
    })
    // Without them (a chunk that failed to load) the map still opens, with the plan's layers.
    .catch(() => undefined);

  const geoData = loadGeoData();
  startMapWorkers();
  geoData.then(
    (data) => store.getState().setData(data),
    (error: unknown) => store.getState().setDataError(errorReason(error)),
  );
  Promise.all([geoData, savedLayers])
    .then(() => {
      const { selectedId } = store.getState();
      // An id that parses but names nothing (an old or edited link) is dropped, and named in the same notice.
      const unknown: string[] = [];
      if (selectedId && !selectIsKnownId(store.getState(), selectedId)) {
        store.getState().select(null);
        unknown.push('sel');
      }
      const { filters } = store.getState();
      const knownCounties = filters.counties.filter((id) => selectIsKnownId(store.getState(), id));
      if (knownCounties.length !== filters.counties.length) {
        store.getState().setFilters({ ...filters, counties: knownCounties });
        unknown.push('f');
      }
      if (unknown.length > 0) store.getState().showNotice(urlProblemsNotice([...problems, ...unknown]));
    })
    // A failure to load the data is already the data's message.
    .catch(() => undefined);

  // The interface's ink, paper and accent are the map's: one definition, in the palette.
  for (const [name, value] of Object.entries({ '--ink': INK, '--paper': PAPER, '--accent': ACCENT })) {
    document.documentElement.style.setProperty(name, value);
  }

  createRoot(root).render(
    <StrictMode>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </StrictMode>,
  );
}
