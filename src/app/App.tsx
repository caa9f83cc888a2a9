import { useT } from '../i18n/use-t';
import { MapView } from '../map/MapView';
import { CountyPanel } from '../panels/CountyPanel';
import { Legend } from '../panels/Legend';
import { Header } from './Header';
import { Notice } from './Notice';

/** The layout: title bar, the map with its legend, and the side panel. */
export function App({ webgl }: { webgl: boolean }) {
  const t = useT();
  return (
    <div className="app">
      <Header />
      <main className="workspace">
        <div className="map-area">
          {webgl ? (
            <MapView />
          ) : (
            <p className="no-webgl" role="alert">
              {t('noWebgl')}
            </p>
          )}
          <Legend />
          <Notice />
        </div>
        <aside className="side-panel" aria-live="polite">
          <CountyPanel />
        </aside>
      </main>
    </div>
  );
}
