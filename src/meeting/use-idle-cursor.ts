import { useEffect } from 'react';

/** How long the pointer may rest before it disappears from the presented map. */
export const CURSOR_IDLE_MS = 2500;

/** Hides the pointer over the map (class `cursor-idle` on <body>) once it has not moved for a while. */
export function useIdleCursor() {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const rest = () => {
      document.body.classList.remove('cursor-idle');
      clearTimeout(timer);
      timer = setTimeout(() => document.body.classList.add('cursor-idle'), CURSOR_IDLE_MS);
    };
    rest();
    window.addEventListener('pointermove', rest);
    window.addEventListener('pointerdown', rest);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pointermove', rest);
      window.removeEventListener('pointerdown', rest);
      document.body.classList.remove('cursor-idle');
    };
  }, []);
}
