import { type ReactNode, useCallback, useRef, useState } from 'react';
import { useDismiss } from '../app/use-dismiss';
import { useT } from '../i18n/use-t';

/**
 * The header's actions: in a row on a wide header, behind a 菜单 button on a
 * narrower one (below 1800 px; CSS decides), so that the search box keeps its width.
 */
export function HeaderMenu({ children }: { children: ReactNode }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const frame = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(frame, open, close);
  return (
    <div className="header-menu" ref={frame}>
      <button
        type="button"
        className="lang-toggle menu-button"
        aria-expanded={open}
        aria-controls="header-actions"
        onClick={() => setOpen(!open)}
      >
        {t('menu')}
      </button>
      <div id="header-actions" className="header-actions" data-open={open}>
        {children}
      </div>
    </div>
  );
}
