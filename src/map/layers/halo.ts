import type { ExpressionSpecification } from 'maplibre-gl';

/** How strongly a point's halo shows: selected, hovered, or named by the paragraph being read. */
export const haloOpacity: ExpressionSpecification = [
  'case',
  ['boolean', ['feature-state', 'selected'], false],
  0.95,
  ['boolean', ['feature-state', 'hover'], false],
  0.6,
  ['boolean', ['feature-state', 'mentioned'], false],
  0.8,
  0,
];
