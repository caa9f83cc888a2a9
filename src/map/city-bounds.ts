import type { LngLatBoundsLike } from 'maplibre-gl';

/** 日喀则市 (WGS-84), rounded outward; a unit test checks it contains every county. */
export const CITY_BOUNDS: LngLatBoundsLike = [
  [82.0, 27.1],
  [90.5, 31.9],
];
