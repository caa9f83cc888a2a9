import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPlanJson, readSeed, seedPath } from '../../scripts/plan/files';
import { buildIndicators } from '../../scripts/plan/indicators/build';
import { REVIEWED_ROWS } from '../../scripts/plan/indicators/reviewed';
import type { Indicator, IndicatorData, IndicatorValue } from '../../src/data/indicator-types';

const data: IndicatorData = JSON.parse(readFileSync(new URL('../../geodata/indicators.json', import.meta.url), 'utf8'));
const seedLines = readSeed(seedPath()).split(/\r?\n/);
const byName = (column: 'col01' | 'col02', name: string): Indicator => {
  const found = data.indicators.find((i) => i.column === column && i.name === name);
  if (!found) throw new Error(`no ${name} in ${column}`);
  return found;
};
const text = (v: IndicatorValue | null) => v?.text ?? null;
/** The three value cells of a row as text, in the table's column order. */
const values = (i: Indicator) =>
  i.column === 'col01'
    ? [text(i.actual2015), text(i.target2020), text(i.actual2020)]
    : [text(i.actual2020), text(i.expected2025), text(i.annualGrowth)];

describe('geodata/indicators.json (专栏1, 专栏2)', () => {
  it('is what the build makes of the committed plan.json', () => {
    expect(buildIndicators(readPlanJson())).toEqual(data);
  });

  it('has the 31 rows of 专栏1 and the 25 of 专栏2, in their categories', () => {
    const count = (c: string) => data.indicators.filter((i) => i.column === c).length;
    expect([count('col01'), count('col02')]).toEqual([31, 25]);
    expect([...new Set(data.indicators.map((i) => `${i.column} ${i.category}`))]).toEqual([
      'col01 经济发展指标',
      'col01 结构优化指标',
      'col01 社会民生指标',
      'col01 环境指标',
      'col02 经济发展',
      'col02 创新驱动',
      'col02 民生福祉',
      'col02 绿色生态',
      'col02 安全保障',
    ]);
  });

  it('gives 地区生产总值年均增速 as the plan writes it (seed lines 897–903)', () => {
    const gdp = byName('col02', '地区生产总值年均增速');
    expect(gdp).toMatchObject({
      column: 'col02',
      number: 1,
      category: '经济发展',
      unit: '%',
      attribute: '预期性',
      actual2020: { text: '8', number: 8, cumulative: false },
      expected2025: { text: '保持在合理区间、各年度视情况提出,且增速不低于8%', number: null, cumulative: false },
      annualGrowth: null,
    });
  });

  it('gives 常住人口城镇化率 with its cumulative [5] (seed lines 905–911)', () => {
    const urban = byName('col02', '常住人口城镇化率');
    expect(urban).toMatchObject({
      unit: '%',
      attribute: '预期性',
      actual2020: { text: '23.09', number: 23.09, cumulative: false },
      expected2025: null,
      annualGrowth: { text: '[5]', number: 5, cumulative: true },
    });
  });

  // Read off the seed by hand: name, unit, the three value cells in header order, 属性.
  const handChecked: [Indicator['column'], string, string | null, (string | null)[], string][] = [
    ['col01', '地区生产总值', '亿元', ['166.84', '350', '322.78'], '预期性'], // lines 426–436
    ['col01', '全社会固定资产投资', '亿元', ['140.12', '415', null], '预期性'], // 460–468
    ['col01', '三次产业结构', null, ['18:33:49', '11:43:46', '15:38:47'], '预期性'], // 496–505
    ['col01', '人口自然增长率', null, ['≤10', '≤10', '7.4*'], '约束性'], // 607–615
    ['col01', '城镇登记失业率', '%', ['≤2.05', '≤2.5%', '<3%'], '约束性'], // 617–627
    ['col01', '广播/电视人口综合覆盖率', '%', ['98.4/97.1', '100/100', '99.1/99.08'], '预期性'], // 719–729
    ['col01', '单位GDP能耗降低', '吨标煤/万元', ['1.07', '0.85', '国家核定范围内'], '约束性'], // 769–779
    ['col01', '城镇垃圾无害化处理率', '%', ['20', '95.07', '70'], '预期性'], // 781–791
    ['col02', '每万人发明专利拥有量', '件', ['0.046', '0.5', '[0.45]'], '预期性'], // 937–945
    ['col02', '城镇居民人均可支配收入增速', '%', ['9.7', '高于全国目标增速1.3个百分点以上', null], '预期性'], // 949–955
    ['col02', '劳动年龄人口平均受教育年限', '年', ['10.05', '10.75', '0.14百分点'], '预期性'], // 971–981
    ['col02', '每千人拥有执业(助理)医师数', '人', ['1.97', '2.43', '0.093/'], '预期性'], // 983–991
    ['col02', '人均预期寿命', '岁', ['71.1', null, '[1]'], '预期性'], // 1009–1015
    ['col02', '森林覆盖率', '%', ['9.22', '9.37', '[0.15]'], '约束性'], // 1051–1059
    ['col02', '青稞产量', '万吨', ['40.02', '>40', null], '预期性'], // 1097–1103
  ];
  it.each(handChecked)('%s %s equals the plan text', (column, name, unit, cells, attribute) => {
    const indicator = byName(column, name);
    expect([indicator.unit, values(indicator), indicator.attribute]).toEqual([unit, cells, attribute]);
  });

  it('reads numbers only from plain numbers, marks [ ] as cumulative and * as 2019', () => {
    expect(byName('col01', '人口自然增长率')).toMatchObject({
      actual2020: { text: '7.4*', number: 7.4, year2019: true },
      target2020: { text: '≤10', number: null, year2019: false },
    });
    expect(byName('col01', '三次产业结构')).toMatchObject({ actual2020: { text: '15:38:47', number: null } });
    expect(byName('col02', '进出口总额年均增速')).toMatchObject({ actual2020: { text: '-72%', number: -72 } });
    expect(byName('col02', '青稞产量')).toMatchObject({ expected2025: { text: '>40', number: null } });
    expect(byName('col02', '劳动年龄人口平均受教育年限')).toMatchObject({ annualGrowth: { number: null } });
    const cells = data.indicators.flatMap((i) =>
      i.column === 'col01'
        ? [i.actual2015, i.target2020, i.actual2020]
        : [i.actual2020, i.expected2025, i.annualGrowth],
    );
    const cumulative = cells.filter((v) => v?.cumulative).map((v) => v?.text);
    expect(cumulative).toEqual(['[5]', '[0.45]', '[1]', '[0.15]', '[1]']);
  });

  it('takes every value and name from the source lines it cites', () => {
    for (const i of data.indicators) {
      const lines = i.lines.map((n) => (seedLines[n - 1] ?? '').trim());
      expect(
        lines.some((l) => l.includes(i.name)),
        i.id,
      ).toBe(true);
      for (const v of values(i)) if (v !== null) expect(lines.join('').includes(v), `${i.id} ${v}`).toBe(true);
    }
  });

  it('has an English name, category and (where printed) unit for every indicator', () => {
    for (const i of data.indicators) {
      expect(i.nameEn, i.id).toMatch(/^[ -~…₂]+$/);
      expect(i.categoryEn, i.id).not.toBe('');
      expect(i.unitEn === null, i.id).toBe(i.unit === null);
    }
  });

  it('keeps the review of each row whose text drops cells, and its doubt', () => {
    const reviewed = data.indicators.filter((i) => i.alignment === 'reviewed');
    expect(reviewed.map((i) => i.id)).toEqual(REVIEWED_ROWS.map((r) => r.row));
    expect(reviewed.every((i) => i.review !== null && i.review.length > 20)).toBe(true);
    expect(data.indicators.filter((i) => !i.placementCertain).map((i) => i.name)).toEqual([
      '全社会研发经费投入增长',
      '城镇调查失业率',
      '边境地区人口增长率',
    ]);
  });

  it('fails the build on an inferred row without a review, and on a review of no inferred row', () => {
    const plan = readPlanJson();
    expect(() => buildIndicators(plan, REVIEWED_ROWS.slice(1))).toThrow(/col01\.r4 drops cells .* and has no review/);
    const exactRow = { row: 'col01.r1', placement: ['2015实际'], certain: true, reason: 'x' };
    expect(() => buildIndicators(plan, [...REVIEWED_ROWS, exactRow])).toThrow(/col01\.r1 is printed in full/);
    const wrongCount = REVIEWED_ROWS.map((r) => (r.row === 'col02.r2' ? { ...r, placement: ['2020实际'] } : r));
    expect(() => buildIndicators(plan, wrongCount)).toThrow(/col02\.r2 prints 2 values/);
  });
});
