import type { ExpressionSpecification } from 'maplibre-gl';

/**
 * True for a place the filter leaves out. The bridge sets this feature-state,
 * so a filter click repaints the symbols without re-laying out their tiles;
 * only the labels (their own source) are re-filtered, as their collisions change.
 */
export const filteredOut: ExpressionSpecification = ['boolean', ['feature-state', 'off'], false];

/** An opacity that drops to 0 for a place the filter leaves out. */
export const unlessFilteredOut = (opacity: number | ExpressionSpecification): ExpressionSpecification => [
  'case',
  filteredOut,
  0,
  opacity,
];
