import type { AppState } from '../store/app-store';
import type { CompareView } from '../store/compare-slice';

/** A first comparison: the scene after the one shown (before it, at the last), or the first two scenes. */
export function defaultCompare(s: Pick<AppState, 'sceneIndex' | 'agenda'>): CompareView {
  const at = s.sceneIndex ?? 0;
  const index = at + 1 < s.agenda.length ? at + 1 : Math.max(0, at - 1);
  return { source: { kind: 'scene', index }, mode: 'swipe', position: 50 };
}
