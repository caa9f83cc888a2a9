import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/use-t';

/**
 * The header's actions: in a row on a wide header, behind a 菜单 button on a
 * narrower one (CSS decides which), so that the search box keeps its width.
 */
export function HeaderMenu({ children }: { children: ReactNode }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const frame = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => {
      if (!frame.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);
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
