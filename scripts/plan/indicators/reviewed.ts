/**
 * The hand review of the indicator rows whose text drops empty cells (plan.json's
 * `alignment: 'inferred'`). Each entry was read against the seed lines it names and
 * says which header cells the printed values fill, in the order printed, and why.
 * `certain: false` where the text cannot tell: the app says so beside the row.
 * The build fails on an inferred row without a review, and on a review that no
 * longer fits its row.
 */
export interface ReviewedRow {
  row: string;
  /** The header cells the printed values go to, in published order. */
  placement: string[];
  certain: boolean;
  reason: string;
}

const GROWTH_ROW =
  'the indicator is itself a growth rate, so its 2025 figure is the rate expected and 年均增长 has nothing to add';
const LEVEL_ROW = 'a level, held or raised to 2025, printed as 2020 then 2025; no 年均增长 figure is printed';

export const REVIEWED_ROWS: ReviewedRow[] = [
  {
    row: 'col01.r4',
    placement: ['2015实际', '2020目标'],
    certain: true,
    reason:
      'lines 464, 466: 140.12 then 415; 140.12 亿元 sits with the other 2015 figures (地区生产总值 166.84) and 415 is the target; no 2020 actual is printed',
  },
  {
    row: 'col01.r15',
    placement: ['2015实际', '2020目标'],
    certain: true,
    reason: 'lines 591, 593: 9 then 12 (years); the 2020 actual is not printed',
  },
  {
    row: 'col02.r1',
    placement: ['2020实际', '2025预期'],
    certain: true,
    reason: `lines 899, 901: 8, then the words for 2025 (“保持在合理区间…且增速不低于8%”); ${GROWTH_ROW}`,
  },
  {
    row: 'col02.r2',
    placement: ['2020实际', '年均增长'],
    certain: true,
    reason:
      'lines 907, 909: 23.09 (专栏1’s 2020 actual of 城镇化率, which its note ② says is the resident-population rate), then [5], a 十四五 cumulative figure (note ②) in 年均增长; no 2025 figure is printed',
  },
  {
    row: 'col02.r3',
    placement: ['2020实际', '2025预期'],
    certain: true,
    reason: `lines 915, 917: -30.9 (2020, the pandemic year) then 15; ${GROWTH_ROW}`,
  },
  {
    row: 'col02.r4',
    placement: ['2020实际', '2025预期'],
    certain: true,
    reason: `lines 923, 925: -72% (2020) then 25; ${GROWTH_ROW}`,
  },
  {
    row: 'col02.r5',
    placement: ['2020实际'],
    certain: false,
    reason:
      'line 933: a single 5, which could be the 2020 figure or the 2025 one; kept where the text order puts it (the first value column), and marked uncertain',
  },
  {
    row: 'col02.r7',
    placement: ['2020实际', '2025预期'],
    certain: true,
    reason: `lines 951, 953: 9.7, then the words for 2025 (“高于全国目标增速1.3个百分点以上”); ${GROWTH_ROW}`,
  },
  {
    row: 'col02.r8',
    placement: ['2020实际', '2025预期'],
    certain: true,
    reason: `lines 959, 961: 13, then the words for 2025 (“高于全国目标增速5.5个百分点以上”); ${GROWTH_ROW}`,
  },
  {
    row: 'col02.r9',
    placement: ['2020实际'],
    certain: false,
    reason:
      'line 967: a single 5, which could be the 2020 rate or the 2025 ceiling; kept where the text order puts it (the first value column), and marked uncertain',
  },
  {
    row: 'col02.r12',
    placement: ['2020实际', '2025预期'],
    certain: true,
    reason: `lines 995, 997: 100, 100; ${LEVEL_ROW}`,
  },
  {
    row: 'col02.r13',
    placement: ['2020实际', '2025预期'],
    certain: true,
    reason: `lines 1003, 1005: 89.14, 92; ${LEVEL_ROW}`,
  },
  {
    row: 'col02.r14',
    placement: ['2020实际', '年均增长'],
    certain: true,
    reason:
      'lines 1011, 1013: 71.1 (岁, 2020) then [1], a 十四五 cumulative figure (note ②) in 年均增长; no 2025 figure is printed',
  },
  {
    row: 'col02.r15',
    placement: ['2020实际', '2025预期'],
    certain: true,
    reason:
      'lines 1021, 1023: 国家核定范围内 twice; 专栏1 gives the same words as the 2020 actual of 单位GDP能耗降低 (line 777), so they are 2020 and 2025',
  },
  {
    row: 'col02.r16',
    placement: ['2020实际', '2025预期'],
    certain: true,
    reason: 'lines 1029, 1031: 国家核定范围内 twice, printed like the energy row above it (col02.r15): 2020 and 2025',
  },
  {
    row: 'col02.r17',
    placement: ['2020实际', '2025预期'],
    certain: true,
    reason: `lines 1037, 1039: ≥98, ≥98; ${LEVEL_ROW}`,
  },
  {
    row: 'col02.r18',
    placement: ['2020实际', '2025预期'],
    certain: true,
    reason: `lines 1045, 1047: 100, 100; ${LEVEL_ROW}`,
  },
  {
    row: 'col02.r21',
    placement: ['2020实际', '2025预期'],
    certain: true,
    reason:
      'lines 1073, 1075: 75 then 80; 75 is 专栏1’s 2020 actual of 城镇污水集中处理率 (line 801), which its note ④ says is this rate',
  },
  {
    row: 'col02.r22',
    placement: ['2020实际', '2025预期'],
    certain: true,
    reason:
      'lines 1081, 1083: 70 then 95; 70 is 专栏1’s 2020 actual of 城镇垃圾无害化处理率 (line 789), which its note ③ relates to county towns and above',
  },
  {
    row: 'col02.r23',
    placement: ['2020实际', '2025预期'],
    certain: true,
    reason: `lines 1091, 1093: 209, 209 (万亩); ${LEVEL_ROW}`,
  },
  {
    row: 'col02.r24',
    placement: ['2020实际', '2025预期'],
    certain: true,
    reason: `lines 1099, 1101: 40.02 then >40 (万吨); ${LEVEL_ROW}`,
  },
  {
    row: 'col02.r25',
    placement: ['2020实际'],
    certain: false,
    reason:
      'line 1107: a single 10, which could be the 2020 rate or the 2025 one; kept where the text order puts it (the first value column), and marked uncertain',
  },
];
