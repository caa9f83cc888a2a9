import { type RefObject, useEffect } from 'react';

/**
 * While `open`, a pointer pressed outside `frame` or the Esc key calls
 * `dismiss` (Esc is caught before other listeners when `escapeFirst`, so it
 * closes a dialog over a presentation rather than the presentation).
 */
export function useDismiss(
  frame: RefObject<HTMLElement | null>,
  open: boolean,
  dismiss: (by: 'pointer' | 'escape') => void,
  escapeFirst = false,
) {
  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => {
      if (!frame.current?.contains(e.target as Node)) dismiss('pointer');
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      if (escapeFirst) e.stopImmediatePropagation();
      dismiss('escape');
    };
    document.addEventListener('pointerdown', outside);
    window.addEventListener('keydown', onKey, escapeFirst);
    return () => {
      document.removeEventListener('pointerdown', outside);
      window.removeEventListener('keydown', onKey, escapeFirst);
    };
  }, [frame, open, dismiss, escapeFirst]);
}
