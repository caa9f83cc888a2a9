// geojson-validation ships no types; these are the two calls the tests use.
declare module 'geojson-validation' {
  /** With trace = true, returns the list of problems (empty when valid). */
  export function valid(object: unknown, trace: true): string[];
  export function isFeatureCollection(object: unknown): boolean;
}
