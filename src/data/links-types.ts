/**
 * geodata/links.json: the plan's key projects, and which passages and projects
 * concern which map features. Built by scripts/links/ from plan.json and the
 * feature files; the app only reads it.
 */

/** A key project of 专栏3 or 专栏5–13 (one item may hold several projects). */
export interface ProjectRecord {
  /** e.g. "col05.g1.i1.p2": the column item it comes from, and its place in the item. */
  id: string;
  /** Column number (3, 5…13) and id ("col05"). */
  column: number;
  columnId: string;
  /** The category (group label) of the column the item sits under. */
  category: string;
  /** The item it was split from. */
  item: string;
  /** The project as the plan writes it. */
  text: string;
  /** Feature ids it concerns (counties, towns, ports, parks, zones, routes); may be empty. */
  places: string[];
}

/** Where a reference points: a paragraph, a column item or a project. */
export type RefKind = 'paragraph' | 'column-item' | 'project';

/** One passage or project that concerns a feature. */
export interface FeatureRef {
  ref: string;
  kind: RefKind;
  /** Curated: the place where the plan defines the feature (its zone paragraph, its 专栏 line…). */
  primary: boolean;
}

/** A found mention: the characters [start, end) of the ref's text name `feature`. */
export interface MentionSpan {
  feature: string;
  start: number;
  end: number;
}

export interface Links {
  projects: ProjectRecord[];
  /** Feature id → its refs, primary first, then in the plan's order. */
  byFeature: Record<string, FeatureRef[]>;
  /** Ref id (paragraph, column item or project) → the mentions in its text, in order. */
  spans: Record<string, MentionSpan[]>;
  /** Mentions the finder saw but could not attribute (an ambiguous name with no county in reach), for review. */
  unresolved: { ref: string; surface: string; candidates: string[] }[];
}
