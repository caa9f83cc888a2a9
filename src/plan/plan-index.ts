import type { Links, ProjectRecord, RefKind } from '../data/links-types';
import type { Plan } from '../data/plan-types';

/** One step of where a passage sits: 第二篇, 第五章, 第一节, 序, 专栏5, or a column's heading as published. */
export type Crumb =
  | { kind: 'part' | 'chapter' | 'section'; number: number; label: string }
  | { kind: 'preface' }
  | { kind: 'column'; number: number }
  | { kind: 'heading'; text: string };

/** A passage of the plan a reference can point at: its text and where it sits. */
export interface Passage {
  id: string;
  kind: RefKind;
  text: string;
  /** 第三篇 › 第六章 › 第一节, or 专栏5 › 水利工程. */
  breadcrumb: Crumb[];
  /** The chapter it belongs to (for grouping), e.g. "c06". */
  chapter: string | null;
  /** Document order, for sorting. */
  order: number;
}

/** Everything the panels and the reader look up, built once when the plan loads. */
export interface PlanIndex {
  plan: Plan;
  links: Links;
  passages: Map<string, Passage>;
  projects: Map<string, ProjectRecord>;
  /** The paragraphs of each chapter, in order (the reader shows a chapter at a time). */
  chapterBlocks: Map<string, string[]>;
}
