import type { RecordUnit } from '../messages';
import type { Bilingual, ImportFormat, ImportResultQuestion } from '../types';

/** A feature as a format reader found it: nothing about it is trusted yet. */
export interface RawFeature {
  /** 1-based feature number, or the spreadsheet row number for tables. */
  index: number;
  geometry: unknown;
  properties: unknown;
  /** Set when the reader already knows this record is unusable. */
  problem?: { zh: string; en: string };
}

export interface Rejection {
  index: number;
  message: Bilingual;
}

/** A coordinate system the file itself states (GeoJSON `crs`, a .prj). */
export interface StatedCrs {
  /** 'EPSG:4517' when it matches a known code, else a short description. */
  id: string;
  /** proj4 definition string. */
  proj4: string;
}

/** What every format reader hands to the shared pipeline. */
export interface ParsedSource {
  format: ImportFormat;
  unit: RecordUnit;
  features: RawFeature[];
  rejected: Rejection[];
  warnings: Bilingual[];
  statedCrs: StatedCrs | null;
  /** KML and GPX are lon/lat by definition: no projected or swap detection. */
  lonLatByDefinition: boolean;
}

export type ParseOutcome = ParsedSource | ImportResultQuestion;

/** A new ParsedSource with empty lists. */
export function emptySource(format: ImportFormat, unit: RecordUnit): ParsedSource {
  return { format, unit, features: [], rejected: [], warnings: [], statedCrs: null, lonLatByDefinition: false };
}
