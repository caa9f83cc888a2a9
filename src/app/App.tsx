import { useT } from '../i18n/use-t';
import { MapView } from '../map/MapView';
import { FeaturePanel } from '../panels/FeaturePanel';
import { Legend } from '../panels/Legend';
import { useAppStore } from '../store/store-context';
import { ErrorBoundary } from './ErrorBoundary';
import { Header } from './Header';
import { Notice } from './Notice';

/** The layout: title bar; the legend and layer control, the map, the feature panel. */
export function App({ webgl }: { webgl: boolean }) {
  const t = useT();
  const selectedId = useAppStore((s) => s.selectedId);
  return (
    <div className="app">
      <Header />
      <main className="workspace">
        <aside className="layer-panel">
          <Legend />
        </aside>
        <div className="map-area">
          {webgl ? (
            <MapView />
          ) : (
            <p className="no-webgl" role="alert">
              {t('noWebgl')}
            </p>
          )}
          <Notice />
        </div>
        <aside className="side-panel" aria-live="polite">
          <ErrorBoundary resetKey={selectedId}>
            <FeaturePanel />
          </ErrorBoundary>
        </aside>
      </main>
    </div>
  );
}
