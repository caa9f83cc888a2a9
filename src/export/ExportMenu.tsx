import { useEffect, useId, useRef, useState } from 'react';
import { errorReason, inBoth, message } from '../i18n/bilingual';
import type { StringKey } from '../i18n/strings';
import { useT } from '../i18n/use-t';
import { useAppStoreApi } from '../store/store-context';
import './export-menu.css';
import type { PrintFormat } from './paper';

type Choice = { png: 'screen' | 2 } | { print: PrintFormat } | { handout: 'pdf' | 'zip' };

const CHOICES: Choice[] = [
  { png: 'screen' },
  { png: 2 },
  { print: { paper: 'A4', orientation: 'landscape' } },
  { print: { paper: 'A4', orientation: 'portrait' } },
  { print: { paper: 'A3', orientation: 'landscape' } },
  { print: { paper: 'A3', orientation: 'portrait' } },
  { handout: 'pdf' },
  { handout: 'zip' },
];
const FIRST_HANDOUT = CHOICES.findIndex((c) => 'handout' in c);

/**
 * 导出 / Export: the view as a PNG (screen resolution or 2×) or a print layout
 * (A4/A3, landscape/portrait) for the browser's print to PDF; or the handout,
 * every scene of the agenda as a PDF or a zip of PNGs, with its progress and a
 * way to cancel. The drawing code loads only when a choice is made.
 */
export function ExportMenu() {
  const t = useT();
  const store = useAppStoreApi();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [handout, setHandout] = useState<{ n: number; total: number; abort: AbortController } | null>(null);
  const menuId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    wrapper.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    // A click or the focus going anywhere else closes it.
    const close = (e: Event) => {
      if (!wrapper.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('focusin', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('focusin', close);
    };
  }, [open]);

  const run = async (choice: Choice) => {
    setOpen(false);
    button.current?.focus();
    const container = document.querySelector<HTMLElement>('[data-testid="map"]');
    if (busy || !container || !store.getState().data) return;
    setBusy(true);
    try {
      if ('png' in choice) {
        const { exportPng } = await import('./compose-png');
        await exportPng(store, container, choice.png === 'screen' ? window.devicePixelRatio || 1 : choice.png);
      } else if ('print' in choice) {
        const { printView } = await import('./print-layout');
        await printView(store, container, choice.print);
      } else {
        const abort = new AbortController();
        const progress = {
          signal: abort.signal,
          onPage: (n: number, total: number) => setHandout({ n, total, abort }),
        };
        if (choice.handout === 'pdf') await (await import('./handout-pdf')).exportHandoutPdf(store, progress);
        else await (await import('./handout-zip')).exportHandoutZip(store, progress);
      }
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError')
        store.getState().showNotice(message('handoutCancelled'));
      else {
        const reason = errorReason(error);
        store.getState().showNotice(inBoth((s, l) => `${s.exportFailed}${reason[l]}`));
      }
    } finally {
      setBusy(false);
      setHandout(null);
    }
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    const items = [...(wrapper.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const step = { ArrowDown: 1, ArrowUp: -1 }[e.key];
    if (step) {
      e.preventDefault();
      items[(at + step + items.length) % items.length]?.focus();
    } else if (e.key === 'Escape') {
      setOpen(false);
      button.current?.focus();
    }
  };

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
        <div id={menuId} role="menu" aria-label={t('export')} onKeyDown={onKeyDown}>
          {CHOICES.map((choice, i) => {
            let label: string;
            let name: string | undefined;
            if ('png' in choice) label = t(choice.png === 2 ? 'exportPng2x' : 'exportPngScreen');
            else if ('handout' in choice) label = t(choice.handout === 'pdf' ? 'exportHandout' : 'exportHandoutZip');
            else {
              const format = t(`paper_${choice.print.paper}_${choice.print.orientation}` as StringKey);
              name = t('exportPrint').replace('{format}', format);
              // The first print choice says what all of them do; the others name only the paper.
              label = i === 2 ? name : format;
            }
            return (
              <button
                key={label}
                type="button"
                role="menuitem"
                className={i === 2 || i === FIRST_HANDOUT ? 'export-menu-first-print' : undefined}
                title={'handout' in choice && choice.handout === 'pdf' ? t('exportHandoutHint') : undefined}
                aria-label={name}
                onClick={() => void run(choice)}
              >
                {label}
              </button>
            );
          })}
        </div>
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
