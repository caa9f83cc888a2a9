import type { Map as MapLibreMap } from 'maplibre-gl';

/** The screen's map, for the parts loaded later that draw a map beside it (the comparison). */
export const screenMap: { current: MapLibreMap | null } = { current: null };
