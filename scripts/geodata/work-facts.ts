import type { WorkKind, WorkPrecision, WorkSector, WorkStatus } from '../../src/data/types';

/**
 * The shape of geodata/sources/works.json, the hand-compiled table of the plan's
 * works, and the plan's verbs for each status (shared by the build and the tests).
 */

/** A published coordinate, as geodata/sources/works.json stores it. */
export interface SourcedPosition {
  lng: number;
  lat: number;
  datum: 'WGS-84' | 'GCJ-02';
  source: string;
  url: string | null;
  second?: SourcedPosition;
  name?: string;
  note?: string;
}

export interface WorkEntry {
  id: string;
  kind: WorkKind;
  sector: WorkSector;
  name: string;
  name_en: string;
  /** Other forms the cited texts write it in (专栏 names, or the topic word of a passage). */
  plan_forms?: string[];
  status?: WorkStatus;
  status_words?: string[];
  passages: string[];
  projects: string[];
  /** County names. */
  counties: string[];
  position?: SourcedPosition;
  second?: SourcedPosition;
  /** A committed host place: a town id, or `amap:<township code>`. */
  anchor?: string;
  /** Places a schematic line runs through: town ids, `place:<key>`, `work:<id>`. */
  via?: string[];
  precision?: WorkPrecision;
  unplaced_reason?: string;
  note?: string;
}

export interface WorksFile {
  places: Record<string, SourcedPosition>;
  works: WorkEntry[];
  projects_without_place: { project: string; reason: string }[];
}

/** The plan's verbs for each status; a work's own words must contain one of its status. */
export const STATUS_VERBS: Record<WorkStatus, string[]> = {
  built: ['建成', '完成'],
  'start-building': ['开工建设', '实施', '建设', '深入开展', '加强'],
  preparatory: ['前期工作', '加快推进'],
  study: ['研究', '论证'],
};
