/** MapLibre's earth radius (metres), so the bar agrees with the on-screen scale control. */
const EARTH_RADIUS = 6_371_008.8;

/** Metres per CSS pixel at a latitude and zoom (Web Mercator, MapLibre's 512-pixel world at zoom 0). */
export function metresPerPixel(latitude: number, zoom: number): number {
  return (2 * Math.PI * EARTH_RADIUS * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/** The largest 1, 2, 3 or 5 × 10ⁿ not above `value` (the steps MapLibre's scale control uses). */
export function roundDown(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) throw new RangeError(`no round number below ${value}`);
  const power = 10 ** Math.floor(Math.log10(value));
  const digit = value / power;
  // The log of an exact power of ten can land a hair below it.
  const step = [5, 3, 2, 1].find((s) => digit >= s - 1e-9) ?? 1;
  return step * power;
}

export interface ScaleBar {
  /** The distance the bar stands for. */
  metres: number;
  /** Its length in CSS pixels, at most the length asked for. */
  pixels: number;
  /** "50 km", "500 m". */
  label: string;
}

/** A scale bar no longer than `maxPixels` that stands for a round distance. */
export function scaleBar(metresPerPx: number, maxPixels: number): ScaleBar {
  const metres = roundDown(metresPerPx * maxPixels);
  const label = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
  return { metres, pixels: metres / metresPerPx, label };
}
