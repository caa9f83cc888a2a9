// polylabel 2 ships no types: the one call the build uses.
declare module 'polylabel' {
  /** The pole of inaccessibility of a polygon (rings of [x, y]), to `precision` units. */
  export default function polylabel(polygon: number[][][], precision?: number): [number, number] & { distance: number };
}
