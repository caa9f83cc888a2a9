import { type PointerEvent, useRef } from 'react';
import { ErrorBoundary } from '../app/ErrorBoundary';
import { useT } from '../i18n/use-t';
import { FeaturePanel } from '../panels/FeaturePanel';
import { Legend } from '../panels/Legend';
import type { SheetPosition, SheetTab } from '../store/layout-slice';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import './bottom-sheet.css';

const POSITIONS: readonly SheetPosition[] = ['peek', 'half', 'full'];
const TABS: readonly SheetTab[] = ['legend', 'details'];
/** A drag shorter than this is a tap on the handle: the sheet steps to its next position. */
const TAP_PX = 8;

/**
 * A phone's panels: the legend and filter, or the list and a feature's
 * details, in a sheet over the map's lower part, pulled to a strip, half the
 * screen or all of it by its handle (drag, tap or keyboard) or its tabs.
 */
export default function BottomSheet() {
  const t = useT();
  const store = useAppStoreApi();
  const position = useAppStore((s) => s.sheet);
  const tab = useAppStore((s) => s.sheetTab);
  const selectedId = useAppStore((s) => s.selectedId);
  const sheet = useRef<HTMLElement>(null);
  const drag = useRef<{ y: number; height: number; moved: boolean } | null>(null);
  // A drag ends in a click as well: that click must not step the sheet again.
  const dragged = useRef(false);

  const step = () => store.getState().setSheet(POSITIONS[(POSITIONS.indexOf(position) + 1) % POSITIONS.length]!);
  const chooseTab = (next: SheetTab) => {
    if (next !== tab) store.getState().setSheet(position === 'peek' ? 'half' : position, next);
    else store.getState().setSheet(position === 'peek' ? 'half' : 'peek');
  };

  const onPointerDown = (e: PointerEvent<HTMLButtonElement>) => {
    const el = sheet.current;
    if (!el) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { y: e.clientY, height: el.getBoundingClientRect().height, moved: false };
  };
  const onPointerMove = (e: PointerEvent<HTMLButtonElement>) => {
    const el = sheet.current;
    const d = drag.current;
    if (!el || !d) return;
    const dy = d.y - e.clientY;
    if (Math.abs(dy) > TAP_PX) d.moved = true;
    if (d.moved) el.style.height = `${Math.max(0, d.height + dy)}px`;
  };
  const onPointerUp = () => {
    const el = sheet.current;
    const d = drag.current;
    drag.current = null;
    if (!el || !d?.moved) return;
    dragged.current = true;
    // The nearest of the three positions, each measured as the CSS lays it out here.
    const height = el.getBoundingClientRect().height;
    el.style.height = '';
    const heights = POSITIONS.map((p) => {
      el.dataset.position = p;
      return el.getBoundingClientRect().height;
    });
    el.dataset.position = position;
    const nearest = heights.reduce(
      (best, h, i) => (Math.abs(h - height) < Math.abs(heights[best]! - height) ? i : best),
      0,
    );
    store.getState().setSheet(POSITIONS[nearest]!);
  };

  return (
    <section ref={sheet} className="bottom-sheet" data-position={position} aria-label={t('sheetName')}>
      <button
        type="button"
        className="sheet-handle"
        aria-label={`${t('sheetHandle')}${t(`sheet_${position}`)}`}
        onClick={() => {
          if (dragged.current) dragged.current = false;
          else step();
        }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
      >
        <span aria-hidden="true" />
      </button>
      <div className="sheet-tabs">
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            className="sheet-tab"
            aria-pressed={name === tab}
            aria-controls="sheet-body"
            onClick={() => chooseTab(name)}
          >
            {t(name === 'legend' ? 'legend' : 'details')}
          </button>
        ))}
      </div>
      <div id="sheet-body" className="sheet-body" aria-live={tab === 'details' ? 'polite' : undefined}>
        {tab === 'legend' ? (
          <Legend />
        ) : (
          <ErrorBoundary resetKey={selectedId}>
            <FeaturePanel />
          </ErrorBoundary>
        )}
      </div>
    </section>
  );
}
