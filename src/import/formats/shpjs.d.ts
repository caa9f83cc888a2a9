// shpjs ships no types; only the two parsers the importer uses are declared.
declare module 'shpjs' {
  type Bytes = ArrayBuffer | Uint8Array | DataView;
  /** Without a .prj string the coordinates come back as stored. */
  export function parseShp(shp: Bytes, prj?: string): (GeoJSON.Geometry | null)[];
  /** cpg is handed to TextDecoder as an encoding label. */
  export function parseDbf(dbf: Bytes, cpg?: string): Record<string, unknown>[];
}
