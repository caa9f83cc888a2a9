import { type AppState, type AppStore, createAppStore } from '../store/app-store';
import type { CompareSource } from '../store/compare-slice';
import { type SideState, sideState } from './side-state';

const INPUTS = [
  'data',
  'lang',
  'presenting',
  'agenda',
  'hiddenLayers',
  'filters',
  'selectedId',
  'userLayers',
  'basemap',
  'hillshade',
  'basemapSettings',
] as const satisfies readonly (keyof SideState)[];

/**
 * A store for the second side's map, kept in step with the screen's: it is
 * recomputed only when something it reads changes (not on a hover or a camera
 * move). What the side's map says reaches the screen: its notices, a feature
 * clicked there, a basemap that failed to load (which ends the comparison).
 */
export function createSideStore(main: AppStore, source: CompareSource): { side: AppStore; close: () => void } {
  const side = createAppStore(sideState(main.getState(), source));
  const unsubscribeMain = main.subscribe((s, previous) => {
    if (INPUTS.some((key) => s[key] !== previous[key])) side.setState(sideState(s, source));
  });
  const unsubscribeSide = side.subscribe((s: AppState, previous: AppState) => {
    const screen = main.getState();
    if (s.notice && s.notice !== previous.notice) screen.showNotice(s.notice);
    if (s.selectedId !== previous.selectedId && s.selectedId !== screen.selectedId && s.selectedId !== null) {
      screen.select(s.selectedId, s.alsoHere);
    }
    if (source.kind === 'basemap' && s.basemap !== source.basemap) screen.setCompare(null);
  });
  return {
    side,
    close: () => {
      unsubscribeMain();
      unsubscribeSide();
    },
  };
}
