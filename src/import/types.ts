/** Where a file's coordinates come from: WGS-84/CGCS2000, 高德/腾讯 GCJ-02, 百度 BD-09. */
export type CoordinateOrigin = 'wgs84' | 'gcj02' | 'bd09';

/** Every message in both languages, naming the file, feature number and what is wrong. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** Decisions the user has made, passed back in on a re-run after a question. */
export interface ImportChoices {
  /** Default 'wgs84'. */
  origin?: CoordinateOrigin;
  /** An EPSG code chosen by the user, e.g. 'EPSG:4517', for projected data without CRS. */
  crs?: string;
  /** Chosen coordinate columns of a table. */
  columns?: { x: string; y: string };
  /** The user confirms that latitude and longitude are swapped. */
  swapped?: boolean;
}

export type ImportedProperties = Record<string, string | number | boolean | null>;

export interface ImportedFeature {
  type: 'Feature';
  geometry: GeoJSON.Geometry;
  properties: ImportedProperties;
}

export type ImportFormat = 'geojson' | 'csv' | 'xlsx' | 'kml' | 'kmz' | 'gpx' | 'shapefile';
export type GeometryKind = 'point' | 'line' | 'polygon';

export interface ImportResultOk {
  status: 'ok';
  fileName: string;
  format: ImportFormat;
  /** What the source CRS was read or decided as, e.g. 'EPSG:4326', 'EPSG:4517'. */
  crs: string;
  /** WGS-84 lon/lat, ≤ 6 decimals, each with `__county` and `__zones` from the spatial join. */
  features: ImportedFeature[];
  geometryKinds: GeometryKind[];
  /** User property keys in first-seen order (not the __ ones). */
  propertyKeys: string[];
  /** 1-based feature/row numbers of dropped features, with why. */
  rejected: { index: number; message: Bilingual }[];
  warnings: Bilingual[];
  /** The features as JSON, for IndexedDB and the map's tiles (set by the client from the worker's answer). */
  stored?: Blob;
}

export interface ImportResultRefused {
  status: 'refused';
  fileName: string;
  message: Bilingual;
}

export interface CrsCandidate {
  crs: string;
  label: Bilingual;
  /** WGS-84 lon/lat of the first coordinate under this CRS. */
  sample: [number, number];
  insideCity: boolean;
}

export type ImportQuestion =
  | { kind: 'columns'; headers: string[]; previewRows: string[][]; guess?: { x: string; y: string } }
  | { kind: 'crs'; candidates: CrsCandidate[] };

/** The pipeline needs a decision from the user, with what it found so the UI can preview. */
export interface ImportResultQuestion {
  status: 'question';
  fileName: string;
  question: ImportQuestion;
}

export type ImportResult = ImportResultOk | ImportResultRefused | ImportResultQuestion;

/** The app's geodata/counties.geojson and geodata/zones.geojson. */
export interface ImportContext {
  counties: GeoJSON.FeatureCollection;
  zones: GeoJSON.FeatureCollection;
}

/** One dropped file, as the worker receives it. */
export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}
