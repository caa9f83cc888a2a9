/** A value that changes with the zoom: [zoom, value] stops, linear in between, constant outside. */
export type ZoomStops = readonly (readonly [number, number])[];

/** A dash pattern in line widths, as MapLibre's `line-dasharray` reads it. */
export type Dash = readonly number[];

export type IconShape = 'square' | 'triangle' | 'diamond' | 'circle' | 'hexagon' | 'star';

/** How a point symbol is filled: solid, left half, or hollow (the plan's status at a glance). */
export type IconFill = 'full' | 'half' | 'none';

/**
 * How one class of feature is drawn. The map's paint, the legends' swatches and
 * the map's icons all read these values; nothing else holds a colour or a size.
 */
export type SymbolSpec =
  | {
      type: 'fill';
      colour: string;
      opacity: number;
      /** The outline drawn with the fill (a separate line on the map). */
      edge?: { colour: string; width: ZoomStops; dash?: Dash };
    }
  | { type: 'circle'; colour: string; radius: ZoomStops; stroke: string; strokeWidth: number }
  | {
      type: 'line';
      colour: string;
      width: ZoomStops;
      dash?: Dash;
      opacity: number;
      casing?: string;
      /** Drawn as two thin edges `width` apart (MapLibre's line-gap-width): a work under study. */
      hollow?: boolean;
    }
  | {
      type: 'icon';
      shape: IconShape;
      colour: string;
      fill: IconFill;
      outline: string;
      radius: number;
      /** A dashed outline, in outline widths: a planned work. */
      dash?: Dash;
    };

/** The width of each edge of a hollow line, in pixels. */
export const HOLLOW_EDGE = 1.2;

/** A stop table's value at a zoom. */
export function valueAt(stops: ZoomStops, zoom: number): number {
  const first = stops[0];
  if (!first) throw new Error('empty zoom stops');
  if (zoom <= first[0]) return first[1];
  for (let i = 1; i < stops.length; i++) {
    const [z1, v1] = stops[i]!;
    const [z0, v0] = stops[i - 1]!;
    if (zoom <= z1) return v0 + ((v1 - v0) * (zoom - z0)) / (z1 - z0);
  }
  return stops[stops.length - 1]![1];
}

/** One value at every zoom. */
export const constant = (value: number): ZoomStops => [[0, value]];
