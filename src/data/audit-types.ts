/**
 * geodata/audit.json: the text–map audit (图文一致性检查), written by
 * `npm run audit` (scripts/audit/) from the committed data; the app's audit
 * page fetches it on demand. docs/audit.md is the same report as Markdown.
 */

/** What a row says of its name, project, count or feature. */
export type AuditStatus =
  /** Places: drawn on the map. */
  | 'mapped'
  /** Places: a feature of the data with no position (an unplaced work), with the reason. */
  | 'known-unmapped'
  /** Places: named in the plan, but no feature holds it. */
  | 'not-placed'
  /** Projects: on at least one drawn feature. */
  | 'on-feature'
  /** Projects: only on features with no position. */
  | 'on-unplaced'
  /** Projects: names no feature. */
  | 'no-place'
  /** Counts: the plan's figure and the data's agree. */
  | 'agrees'
  /** Counts: they differ, and a reviewed table explains why. */
  | 'explained'
  /** Counts: they differ and nothing explains it (the audit fails). */
  | 'differs'
  /** Names: written differently by two sources. */
  | 'variant'
  /** Positions: approximate (placed from a description, a host place or villages). */
  | 'approximate'
  /** Positions: a schematic shape (示意). */
  | 'schematic'
  /** Features with no passage that defines them. */
  | 'no-primary'
  /** The border split: a township placed by a village recorded as 边境村. */
  | 'village-record'
  /** The border split: a township the sources are silent on, placed by the geometric rule. */
  | 'geometric';

export interface AuditRow {
  status: AuditStatus;
  /** The name, project or statement as the plan (or the source) writes it. */
  name: string;
  /** Why, where from: the data's own words (a source note, a reason, a reviewed explanation). */
  note: string;
  /** The passages it concerns (paragraph or 专栏 item ids of geodata/plan.json). */
  refs: string[];
  /** The features it concerns (ids of geodata/*.geojson). */
  features: string[];
  /** Counts: the plan's figure and the data's. */
  plan?: number;
  data?: number;
}

export interface AuditSection {
  /** Names the section's title in src/i18n/audit-strings.ts. */
  id: string;
  rows: AuditRow[];
}

export interface AuditReport {
  version: 1;
  sections: AuditSection[];
}
