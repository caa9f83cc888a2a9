import { lazy, Suspense, useCallback, useId, useRef, useState } from 'react';
import { useDismiss } from '../app/use-dismiss';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../store/store-context';
import './basemap-button.css';

// The panel (choices, fields, URL checks) loads on first opening: the map's start does not carry it.
const BasemapPanel = lazy(() => import('./BasemapPanel'));

/** 底图 / Basemap: opens the choice of basemap, its key or tile URL, and the hillshade. */
export function BasemapButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const online = useAppStore((s) => s.basemap !== 'none' || s.hillshade);
  const panelId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  const dismiss = useCallback((by: 'pointer' | 'escape') => {
    setOpen(false);
    if (by === 'escape') button.current?.focus();
  }, []);
  useDismiss(wrapper, open, dismiss);

  return (
    <div className="basemap-control" ref={wrapper}>
      <button
        ref={button}
        type="button"
        className="lang-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        data-online={online}
        onClick={() => setOpen(!open)}
      >
        {t('basemap')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <BasemapPanel id={panelId} />
        </Suspense>
      )}
    </div>
  );
}
