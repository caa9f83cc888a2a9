import { useEffect } from 'react';
import type { AppStore } from '../store/app-store';
import { selectSelectedCountyId } from '../store/selectors';

const TYPING = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/** While a county is explored, ← and → move to the previous and next county (in code order). */
export function useCountyKeys(store: AppStore) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
      if (e.target instanceof HTMLElement && (TYPING.has(e.target.tagName) || e.target.isContentEditable)) return;
      const state = store.getState();
      const current = selectSelectedCountyId(state);
      const counties = state.data?.counties.features.map((f) => f.properties.id) ?? [];
      if (!current || counties.length === 0) return;
      const at = counties.indexOf(current);
      const next = counties[(at + (e.key === 'ArrowRight' ? 1 : counties.length - 1)) % counties.length];
      if (next) {
        e.preventDefault();
        state.focus(next);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
