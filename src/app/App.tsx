import { lazy, Suspense, useEffect } from 'react';
import { useT } from '../i18n/use-t';
import { MapView } from '../map/MapView';
import { useStartKeys } from '../meeting/use-start-keys';
import { UpdateNotice } from '../offline/UpdateNotice';
import { FeaturePanel } from '../panels/FeaturePanel';
import { Legend } from '../panels/Legend';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { ImportMessages } from '../user-data/ImportMessages';
import { MapDropZone } from '../user-data/MapDropZone';
import { ErrorBoundary } from './ErrorBoundary';
import { Header } from './Header';
import { Notice } from './Notice';
import { useCountyKeys } from './use-county-keys';

// The reader is the largest part of the interface and not needed to open the map.
const PlanReader = lazy(() => import('../reader/PlanReader'));
const AgendaPanel = lazy(() => import('../meeting/AgendaPanel'));
const Presenter = lazy(() => import('../meeting/Presenter'));
// Asked only while an import waits for an answer.
const ImportQuestion = lazy(() => import('../user-data/ImportQuestion'));

/** The layout: title bar; the legend and layer control, the map, the feature panel. */
export function App({ webgl }: { webgl: boolean }) {
  const t = useT();
  const selectedId = useAppStore((s) => s.selectedId);
  const readerOpen = useAppStore((s) => s.readerOpen);
  const agendaOpen = useAppStore((s) => s.agendaOpen);
  const presenting = useAppStore((s) => s.presenting);
  const lang = useAppStore((s) => s.lang);
  const importAsks = useAppStore((s) => s.pendingImport !== null);
  const store = useAppStoreApi();
  useCountyKeys(store);
  useStartKeys(store, presenting);
  // The page's language and title follow the interface (screen readers, hyphenation, the browser's tab).
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('title');
  }, [lang, t]);
  return (
    <div className={presenting ? 'app presenting' : 'app'} data-has-selection={selectedId ? 'true' : 'false'}>
      <Header />
      <main className="workspace">
        <aside
          className={readerOpen ? 'layer-panel reader-panel' : 'layer-panel'}
          aria-label={readerOpen ? t('planText') : agendaOpen ? t('agenda') : t('legend')}
        >
          {readerOpen ? (
            <ErrorBoundary resetKey="reader">
              <Suspense fallback={<p className="panel-hint">{t('loadingPlan')}</p>}>
                <PlanReader />
              </Suspense>
            </ErrorBoundary>
          ) : agendaOpen ? (
            <ErrorBoundary resetKey="agenda">
              <Suspense fallback={null}>
                <AgendaPanel />
              </Suspense>
            </ErrorBoundary>
          ) : (
            <Legend />
          )}
        </aside>
        <MapDropZone>
          {webgl ? (
            <MapView />
          ) : (
            <p className="no-webgl" role="alert">
              {t('noWebgl')}
            </p>
          )}
          <Notice />
          <UpdateNotice />
          <ImportMessages />
          {importAsks && (
            <Suspense fallback={null}>
              <ImportQuestion />
            </Suspense>
          )}
          {presenting && (
            <Suspense fallback={null}>
              <Presenter />
            </Suspense>
          )}
        </MapDropZone>
        <aside className="side-panel" aria-live="polite" aria-label={t('details')}>
          <ErrorBoundary resetKey={selectedId}>
            <FeaturePanel />
          </ErrorBoundary>
        </aside>
      </main>
    </div>
  );
}
