import '../i18n/strings-later';
import { useEffect, useRef } from 'react';
import { errorReason, inBoth, message } from '../i18n/bilingual';
import type { StringKey } from '../i18n/strings';
import { useT } from '../i18n/use-t';
import { useAppStoreApi } from '../store/store-context';
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

export interface HandoutRun {
  n: number;
  total: number;
  abort: AbortController;
}

interface ExportChoicesProps {
  id: string;
  /** Closes the menu, focus back on its button. */
  close: () => void;
  busy: boolean;
  setBusy: (busy: boolean) => void;
  setHandout: (run: HandoutRun | null) => void;
}

/**
 * The 导出 menu's choices, loaded when it first opens: a PNG, a print layout, or the handout.
 * A choice outlives the menu (which closes at once); the drawing code loads only when chosen.
 */
export default function ExportChoices({ id, close, busy, setBusy, setHandout }: ExportChoicesProps) {
  const t = useT();
  const store = useAppStoreApi();
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, []);

  const run = async (choice: Choice) => {
    close();
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
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const step = { ArrowDown: 1, ArrowUp: -1 }[e.key];
    if (step) {
      e.preventDefault();
      items[(at + step + items.length) % items.length]?.focus();
    } else if (e.key === 'Escape') close();
  };

  return (
    <div ref={menu} id={id} role="menu" aria-label={t('export')} onKeyDown={onKeyDown}>
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
  );
}
