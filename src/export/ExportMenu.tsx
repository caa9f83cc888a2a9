import { lazy, Suspense, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useT } from '../i18n/use-t';
import './export-menu.css';
import type { HandoutRun } from './ExportChoices';

// The choices and what runs them load when the menu first opens.
const ExportChoices = lazy(() => import('./ExportChoices'));

/**
 * 导出 / Export: the view as a PNG (screen resolution or 2×) or a print layout
 * (A4/A3, landscape/portrait) for the browser's print to PDF; or the handout,
 * every scene of the agenda as a PDF or a zip of PNGs, with its progress and a
 * way to cancel.
 */
export function ExportMenu() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [handout, setHandout] = useState<HandoutRun | null>(null);
  const menuId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);

  useEffect(() => {
    if (!open) return;
    // A click or the focus going anywhere else closes it.
    const away = (e: Event) => {
      if (!wrapper.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    document.addEventListener('focusin', away);
    return () => {
      document.removeEventListener('pointerdown', away);
      document.removeEventListener('focusin', away);
    };
  }, [open]);

  return (
    <div className="export-menu" ref={wrapper}>
      <button
        ref={button}
        type="button"
        className="lang-toggle"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        aria-busy={busy}
        aria-disabled={busy}
        onClick={() => setOpen(!open && !busy)}
      >
        {busy ? t('exporting') : t('export')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ExportChoices id={menuId} close={close} busy={busy} setBusy={setBusy} setHandout={setHandout} />
        </Suspense>
      )}
      {handout && (
        <div className="handout-progress" role="status">
          <span>
            {t('handoutProgress').replace('{n}', String(handout.n)).replace('{total}', String(handout.total))}
          </span>
          <progress max={handout.total} value={handout.n - 1} aria-hidden="true" />
          <button type="button" onClick={() => handout.abort.abort()}>
            {t('cancel')}
          </button>
        </div>
      )}
    </div>
  );
}
