import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AppStore } from './store/app-store';

declare global {
  interface Window {
    /** For automation (tests, benchmarks): the MapLibre map and the zustand store (DESIGN.md §4), and the second map while comparing. */
    __APP__?: { map: MapLibreMap; store: AppStore; compareMap?: MapLibreMap };
  }
}
