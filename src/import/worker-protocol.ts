import type { ImportChoices, ImportContext, ImportFile, ImportResult } from './types';

/** What the page posts to the import worker. */
export interface ImportRequest {
  id: number;
  files: ImportFile[];
  choices: ImportChoices;
  ctx: ImportContext;
}

/** What the worker posts back, for the request with the same id. */
export interface ImportResponse {
  id: number;
  result: ImportResult;
  /** The imported features as UTF-8 JSON arrays, in parts (transferred; `result.features` is then empty). */
  featuresJson?: ArrayBuffer[];
  /** The same features as one JSON array, to be saved as is and cut into the map's tiles. */
  stored?: Blob;
}
