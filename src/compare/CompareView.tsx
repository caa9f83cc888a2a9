import '../i18n/strings-later';
import { useCallback, useEffect, useRef } from 'react';
import { fill, inBoth } from '../i18n/bilingual';
import { STRINGS } from '../i18n/strings';
import { useT } from '../i18n/use-t';
import { openCompareMap } from '../map/compare-map';
import { screenMap } from '../map/screen-map';
import { sceneTitle } from '../meeting/scenes';
import type { CompareSource } from '../store/compare-slice';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { formatCompareSource } from '../url/compare-codec';
import { CompareBar } from './CompareBar';
import { CompareDivider } from './CompareDivider';
import { sourceExists } from './side-state';
import { createSideStore } from './side-store';
import { sourceName } from './source-name';
import './compare.css';

/** The second side's map, built again when the source changes (a new store, a new style). */
function SideMap({ source, clip }: { source: CompareSource; clip: string | undefined }) {
  const store = useAppStoreApi();
  const frame = useRef<HTMLDivElement>(null);
  const key = formatCompareSource(source);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the source is read through its key, which says when it changed
  useEffect(() => {
    const screen = screenMap.current;
    if (!frame.current || !screen) return;
    const { side, close: closeSide } = createSideStore(store, source);
    const name = () => {
      const s = side.getState();
      return fill(STRINGS[s.lang].compareMap, { name: sourceName(s, source, s.lang) });
    };
    let opened: ReturnType<typeof openCompareMap>;
    try {
      opened = openCompareMap(frame.current, screen, side, name);
    } catch {
      closeSide();
      store.getState().showNotice(inBoth((s) => s.noWebgl));
      store.getState().setCompare(null);
      return;
    }
    if (window.__APP__) window.__APP__.compareMap = opened.map;
    return () => {
      if (window.__APP__) delete window.__APP__.compareMap;
      opened.close();
      closeSide();
    };
  }, [store, key]);
  return (
    <div
      ref={frame}
      id="compare-map"
      className="compare-map"
      data-testid="compare-map"
      data-ready="false"
      style={{ clipPath: clip }}
    />
  );
}

/**
 * 对比分析: a second map beside the screen's, on the same camera, showing a
 * scene of the agenda, an imported layer or another basemap; swiped by a
 * divider or side by side. Esc leaves it (while presenting, Esc still leaves
 * the presentation unless the focus is in the comparison's controls).
 */
export default function CompareView() {
  const t = useT();
  const store = useAppStoreApi();
  const compare = useAppStore((s) => s.compare);
  const presenting = useAppStore((s) => s.presenting);
  const hasData = useAppStore((s) => s.data !== null);
  const exists = useAppStore((s) => (s.compare ? sourceExists(s, s.compare.source) : true));
  const left = useAppStore((s) => {
    const scene = s.sceneIndex !== null ? s.agenda[s.sceneIndex] : undefined;
    return scene && s.sceneIndex !== null ? `${s.sceneIndex + 1}. ${sceneTitle(scene, s.lang)}` : null;
  });
  const right = useAppStore((s) => (s.compare ? sourceName(s, s.compare.source, s.lang) : ''));
  const root = useRef<HTMLDivElement>(null);

  const exit = useCallback(() => {
    store.getState().setCompare(null);
    // The focus was in the controls that go: it goes to the map.
    screenMap.current?.getCanvas().focus();
  }, [store]);

  // A link's scene or layer that is not there (an edited link, another browser's layers): said, and closed.
  useEffect(() => {
    const source = compare?.source;
    if (!source || exists || !hasData) return;
    const s = store.getState();
    s.showNotice(
      source.kind === 'scene'
        ? inBoth((w) => fill(w.compareMissingScene, { n: source.index + 1 }))
        : inBoth((w) => w.compareMissingLayer),
    );
    s.setCompare(null);
  }, [compare, exists, hasData, store]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // What is open over the comparison (the QR code, the basemap panel, an import's question, 菜单) takes Esc first.
      const over = document.querySelector('[role="dialog"], .header-actions[data-open="true"]');
      if (e.key !== 'Escape' || e.defaultPrevented || over) return;
      const inside = root.current?.contains(document.activeElement) ?? false;
      if (store.getState().presenting && !inside) return;
      if (inside) e.stopPropagation();
      exit();
    };
    // Caught before the presentation's keys (window, bubbling), so Esc in the controls does not also leave it.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [store, exit]);

  if (!compare || !exists) return null;
  const { mode, position } = compare;
  const at = mode === 'swipe' ? position : 50;
  const setPosition = (p: number) => store.getState().setCompare({ ...compare, position: p });
  return (
    <div ref={root} className={`compare compare-${mode}`} style={{ '--compare-at': `${at}%` } as React.CSSProperties}>
      <SideMap source={compare.source} clip={mode === 'swipe' ? `inset(0 0 0 ${position}%)` : undefined} />
      {mode === 'swipe' ? (
        <CompareDivider position={position} presenting={presenting} onMove={setPosition} />
      ) : (
        <div className="compare-line" aria-hidden="true" />
      )}
      <p className="compare-label compare-label-left">{left ?? t('compareThisView')}</p>
      <p className="compare-label compare-label-right">{right}</p>
      <CompareBar compare={compare} onExit={exit} />
    </div>
  );
}
