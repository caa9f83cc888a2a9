import { lazy, Suspense, useEffect } from 'react';
import { useT } from '../i18n/use-t';
import { useLayoutRules } from '../layout/use-layout-rules';
import { useScreen } from '../layout/use-screen';
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
// The indicator tables (专栏1, 专栏2): their panel and data load on first opening.
const IndicatorPanel = lazy(() => import('../indicators/IndicatorPanel'));
const AgendaPanel = lazy(() => import('../meeting/AgendaPanel'));
const Presenter = lazy(() => import('../meeting/Presenter'));
// Asked only while an import waits for an answer.
const ImportQuestion = lazy(() => import('../user-data/ImportQuestion'));
// Phones only: the sheet that holds the panels there.
const BottomSheet = lazy(() => import('../layout/BottomSheet'));
const QrDialog = lazy(() => import('../share/QrDialog'));
const BriefView = lazy(() => import('../brief/BriefView'));
const AuditPage = lazy(() => import('../audit/AuditPage'));
// 对比分析: the second map and its controls, loaded when a comparison opens.
const CompareView = lazy(() => import('../compare/CompareView'));

/**
 * The layout: the title bar, the map, and the panels beside it (wide), in
 * drawers that fold away (medium), or in a bottom sheet over it (phones).
 */
export function App() {
  const t = useT();
  const selectedId = useAppStore((s) => s.selectedId);
  const readerOpen = useAppStore((s) => s.readerOpen);
  const agendaOpen = useAppStore((s) => s.agendaOpen);
  const auditOpen = useAppStore((s) => s.auditOpen);
  const indicatorsOpen = useAppStore((s) => s.indicatorsOpen);
  const presenting = useAppStore((s) => s.presenting);
  const lang = useAppStore((s) => s.lang);
  const importAsks = useAppStore((s) => s.pendingImport !== null);
  const legendOpen = useAppStore((s) => s.legendOpen);
  const detailsOpen = useAppStore((s) => s.detailsOpen);
  const qrOpen = useAppStore((s) => s.qrOpen);
  const briefOpen = useAppStore((s) => s.brief !== null);
  const comparing = useAppStore((s) => s.compare !== null);
  const store = useAppStoreApi();
  const screen = useScreen();
  const phone = screen === 'narrow';
  useCountyKeys(store);
  useStartKeys(store, presenting);
  useLayoutRules(store, screen);
  // The page's language and title follow the interface (screen readers, hyphenation, the browser's tab).
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('title');
  }, [lang, t]);
  const aside = readerOpen || agendaOpen || auditOpen || indicatorsOpen;
  return (
    <div
      className={presenting ? 'app presenting' : 'app'}
      data-screen={screen}
      data-has-selection={selectedId ? 'true' : 'false'}
    >
      <Header screen={screen} />
      <main className="workspace">
        {/* On a phone the reader, the agenda and the indicators take the whole screen; the legend lives in the sheet. */}
        {(!phone || aside) && (
          <aside
            id="legend-drawer"
            className={
              readerOpen || auditOpen || (indicatorsOpen && !agendaOpen) ? 'layer-panel reader-panel' : 'layer-panel'
            }
            aria-label={
              readerOpen
                ? t('planText')
                : auditOpen
                  ? t('openAudit')
                  : agendaOpen
                    ? t('agenda')
                    : indicatorsOpen
                      ? t('indicators')
                      : t('legend')
            }
            hidden={!phone && !legendOpen}
          >
            {readerOpen || auditOpen ? (
              <ErrorBoundary resetKey={readerOpen ? 'reader' : 'audit'}>
                <Suspense fallback={<p className="panel-hint">{t('loadingPlan')}</p>}>
                  {readerOpen ? <PlanReader /> : <AuditPage />}
                </Suspense>
              </ErrorBoundary>
            ) : agendaOpen ? (
              <ErrorBoundary resetKey="agenda">
                <Suspense fallback={null}>
                  <AgendaPanel />
                </Suspense>
              </ErrorBoundary>
            ) : indicatorsOpen ? (
              <ErrorBoundary resetKey="indicators">
                <Suspense fallback={null}>
                  <IndicatorPanel />
                </Suspense>
              </ErrorBoundary>
            ) : (
              <Legend />
            )}
          </aside>
        )}
        <MapDropZone>
          {/* Without WebGL, the map says so in its place. */}
          <MapView />
          {comparing && (
            <Suspense fallback={null}>
              <CompareView />
            </Suspense>
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
          {phone && !presenting && (
            <Suspense fallback={null}>
              <BottomSheet />
            </Suspense>
          )}
        </MapDropZone>
        {!phone && (
          <aside
            id="details-drawer"
            className="side-panel"
            aria-live="polite"
            aria-label={t('details')}
            hidden={!detailsOpen}
          >
            <ErrorBoundary resetKey={selectedId}>
              <FeaturePanel />
            </ErrorBoundary>
          </aside>
        )}
      </main>
      {qrOpen && (
        <Suspense fallback={null}>
          <QrDialog />
        </Suspense>
      )}
      {briefOpen && (
        <Suspense fallback={null}>
          <BriefView />
        </Suspense>
      )}
    </div>
  );
}
