import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AppStore } from './store/app-store';

declare global {
  interface Window {
    /** For automation (tests, benchmarks): the MapLibre map and the zustand store (DESIGN.md §4). */
    __APP__?: { map: MapLibreMap; store: AppStore };
  }
}
