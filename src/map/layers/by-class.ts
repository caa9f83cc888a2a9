import type { ExpressionSpecification } from 'maplibre-gl';
import type { SymbolClass } from '../../symbology/classes';
import { valueAt, type ZoomStops } from '../../symbology/symbol-spec';

type Value = string | number | ExpressionSpecification;

/** `['match', ['get', property], value, pick(class), …, fallback]` over the classes of the model. */
export function byClass<C extends SymbolClass>(
  classes: readonly C[],
  pick: (c: C) => Value,
  fallback: Value,
): ExpressionSpecification {
  const property = classes[0]?.property;
  if (!property) return fallback as ExpressionSpecification;
  const pairs = classes.flatMap((c) => [c.value, pick(c)]);
  return ['match', ['get', property], ...pairs, fallback] as unknown as ExpressionSpecification;
}

/**
 * A size that depends on the zoom and the class: a top-level zoom interpolation
 * (the only place MapLibre allows zoom) whose stops match on the class. Each
 * class's stops are evaluated at the union of every class's stop zooms.
 */
export function byZoomAndClass<C extends SymbolClass>(
  classes: readonly C[],
  stops: (c: C) => ZoomStops,
  fallback: number,
  scale = 1,
): ExpressionSpecification {
  const zooms = [...new Set(classes.flatMap((c) => stops(c).map(([z]) => z)))].sort((a, b) => a - b);
  if (zooms.length < 2) return byClass(classes, (c) => valueAt(stops(c), 0) * scale, fallback * scale);
  return [
    'interpolate',
    ['linear'],
    ['zoom'],
    ...zooms.flatMap((z) => [z, byClass(classes, (c) => valueAt(stops(c), z) * scale, fallback * scale)]),
  ] as unknown as ExpressionSpecification;
}

/** A zoom-dependent size of one class alone. */
export function byZoom(stops: ZoomStops, scale = 1): number | ExpressionSpecification {
  if (stops.length < 2) return valueAt(stops, 0) * scale;
  return [
    'interpolate',
    ['linear'],
    ['zoom'],
    ...stops.flatMap(([z, v]) => [z, v * scale]),
  ] as unknown as ExpressionSpecification;
}
