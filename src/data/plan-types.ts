/**
 * Types of `geodata/plan.json`: the plan text as structured data, built by
 * `scripts/plan/build-plan.ts` from the published text file.
 *
 * The arrays are flat and refer to each other by id, so the app can index them
 * once and link features to passages. Ids are structural and ASCII, so they
 * survive re-running the parser:
 * - parts `pt01`…`pt11`, chapters `c01`…`c38`, sections `c03.s1`;
 * - paragraphs `res.p1` (the congress resolution printed before the plan),
 *   `pre.p1` (the preface), `pt02.p1` (a part's lead), `c03.p1` (a chapter's
 *   lead, before its first section), `c03.s1.p2` (in a section);
 * - columns (专栏) `col01`…`col13`; indicator rows `col02.r5`; column
 *   categories `col05.g2` and their items `col05.g2.i1`; town tiers `col04.t3`
 *   and their entries `col04.t3.e7`;
 * - figures `fig1`, `fig2`.
 *
 * Line numbers are 1-based lines of the seed file, for traceability.
 */

/** The whole document. */
export interface Plan {
  title: string;
  source: PlanSource;
  parts: PlanPart[];
  chapters: PlanChapter[];
  sections: PlanSection[];
  paragraphs: PlanParagraph[];
  columns: PlanColumn[];
  figures: PlanFigure[];
  /** Every artefact of the source text that the parser repaired or skipped. */
  notes: PlanNote[];
}

export interface PlanSource {
  publisher: string;
  /** Publication date, ISO `YYYY-MM-DD`. */
  published: string;
  adopted: string;
  /** File name of the seed text. */
  file: string;
  /** SHA-256 of the seed text, so a changed source is noticed. */
  sha256: string;
}

/** 篇. */
export interface PlanPart {
  id: string;
  number: number;
  /** As published, e.g. `第二篇`. */
  label: string;
  title: string;
  line: number;
  chapters: string[];
  /** Lead blocks (paragraph ids) before the part's first chapter. */
  blocks: string[];
}

/** 章. */
export interface PlanChapter {
  id: string;
  /** 篇 number. */
  part: number;
  number: number;
  label: string;
  title: string;
  line: number;
  sections: string[];
  /** Lead blocks (paragraph, column or figure ids) before the first section, in reading order. */
  blocks: string[];
}

/** 节. */
export interface PlanSection {
  id: string;
  part: number;
  chapter: number;
  number: number;
  label: string;
  title: string;
  line: number;
  /** Paragraph, column and figure ids in reading order. */
  blocks: string[];
}

export interface PlanParagraph {
  id: string;
  /** 篇 number; null for the resolution and the preface. */
  part: number | null;
  chapter: number | null;
  section: number | null;
  /** As published; trailing spaces trimmed; a paragraph split across lines is rejoined. */
  text: string;
  lines: number[];
}

export type PlanColumn = IndicatorTableColumn | CategoryColumn | TownSystemColumn;

interface ColumnBase {
  id: string;
  number: number;
  /** Title without the `专栏N` prefix, restored where the heading lost characters. */
  title: string;
  /** The heading line as published. */
  rawHeading: string;
  /** True when `title` differs from the published heading (see `notes`). */
  restored: boolean;
  part: number;
  chapter: number;
  section: number | null;
  /** First and last line of the column. */
  lines: [number, number];
}

/** 专栏1–2: indicator tables. */
export interface IndicatorTableColumn extends ColumnBase {
  kind: 'table';
  header: string[];
  rows: IndicatorRow[];
  /** The 注 line under the table. */
  footnote: PlanText | null;
}

export interface IndicatorRow {
  id: string;
  /** The group heading the row sits under (e.g. `1.经济发展指标`, `民生福祉`). */
  group: string | null;
  /** One string per header cell; `""` where the published row has no value. */
  cells: string[];
  /** The row's cells in published order, as published. */
  published: string[];
  /**
   * `exact` when the published row fills every header cell; `inferred` when
   * cells are missing and the parser had to decide which ones (see `notes`).
   */
  alignment: 'exact' | 'inferred';
  lines: number[];
}

/** 专栏3 and 专栏5–13: categories, each with the project items as published. */
export interface CategoryColumn extends ColumnBase {
  kind: 'categories';
  groups: ColumnGroup[];
}

export interface ColumnGroup {
  id: string;
  /** The category name as published (e.g. `水利骨干枢纽工程项目`, `日喀则经济开发区`). */
  label: string;
  /** Sub-units the category names (专栏10: parks a park includes), else empty. */
  includes: string[];
  items: ColumnItem[];
  line: number;
}

export interface ColumnItem {
  id: string;
  /** One published entry; multi-project sentences are not split here. */
  text: string;
  lines: number[];
}

/** 专栏4: the town system, by tier. */
export interface TownSystemColumn extends ColumnBase {
  kind: 'town-system';
  tiers: TownTier[];
}

export type TownTierKey = 'central-city' | 'major-node-town' | 'node-township' | 'key-township';

export interface TownTier {
  id: string;
  key: TownTierKey;
  /** The tier as the list names it (e.g. `节点乡镇`). */
  tier: string;
  /** The tier's line as published. */
  text: string;
  entries: TownEntry[];
  line: number;
}

export interface TownEntry {
  id: string;
  /** County-level unit (区/县) the entry belongs to. */
  county: string;
  /** Township or town; null when the entry is the county-level unit itself (中心城市). */
  town: string | null;
  /** The entry as written in the list (may omit the county, e.g. `曲布雄乡`). */
  written: string;
}

export interface PlanFigure {
  id: string;
  number: number;
  /** Caption without the `图N` prefix, restored where it lost characters. */
  caption: string;
  rawCaption: string;
  /** The image placeholder the text carries instead of the image (e.g. `图片1.png`). */
  image: string;
  part: number;
  chapter: number;
  section: number | null;
  lines: number[];
}

export interface PlanText {
  text: string;
  lines: number[];
}

export type PlanNoteKind =
  | 'page-metadata'
  | 'title-block'
  | 'duplicate-resolution'
  | 'table-of-contents'
  | 'toc-mismatch'
  | 'split-paragraph'
  | 'heading-whitespace'
  | 'column-heading'
  | 'figure-caption'
  | 'image-placeholder'
  | 'table-header-split'
  | 'repeated-table-header'
  | 'table-cell-split'
  | 'table-row-short'
  | 'lost-separator'
  | 'lost-punctuation'
  | 'unrepaired';

export interface PlanNote {
  kind: PlanNoteKind;
  lines: number[];
  /** Ids of the records the note concerns (may be empty). */
  ids: string[];
  message: string;
}
