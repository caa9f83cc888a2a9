/**
 * Counts where the plan's figure and the data's differ for a reason that was
 * checked by hand against geodata/plan.json. The audit fails on any other
 * disagreement, and on an entry here that no longer matches one.
 */
export interface ReviewedCount {
  /** The statement's id (count-statements.ts, or tier-<TierId>). */
  statement: string;
  plan: number;
  data: number;
  reason: string;
}

export const REVIEWED_COUNTS: ReviewedCount[] = [
  {
    statement: 'parks',
    plan: 9,
    data: 12,
    reason:
      'The plan never lists nine: c14.s1.p1 names twelve parks, all on the map, and 专栏10 gives seven headings (日喀则国家农业科技园区 holding three, 拉洛灌区现代农牧业示范区 one, 吉隆国家重点开发开放试验区 the 吉隆边境经济合作区). No grouping of the twelve into nine is written.',
  },
];
