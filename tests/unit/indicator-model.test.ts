import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Indicator, IndicatorData } from '../../src/data/indicator-types';
import { byCategory, changeOf, chartPair, filterIndicators } from '../../src/indicators/indicator-model';

const data: IndicatorData = JSON.parse(readFileSync(new URL('../../geodata/indicators.json', import.meta.url), 'utf8'));
const named = (column: string, name: string): Indicator => {
  const found = data.indicators.find((i) => i.column === column && i.name === name);
  if (!found) throw new Error(name);
  return found;
};

describe('the indicator panel model', () => {
  it('finds indicators by Chinese name, category, 属性 and English name', () => {
    expect(filterIndicators(data.indicators, '城镇化率').map((i) => i.name)).toEqual(['城镇化率', '常住人口城镇化率']);
    expect(filterIndicators(data.indicators, ' Urbanization ').map((i) => i.id)).toEqual(['col01.r10', 'col02.r2']);
    expect(filterIndicators(data.indicators, '安全保障').map((i) => i.name)).toEqual([
      '耕地保有量',
      '青稞产量',
      '边境地区人口增长率',
    ]);
    expect(filterIndicators(data.indicators, '约束性').every((i) => i.attribute === '约束性')).toBe(true);
    expect(filterIndicators(data.indicators, '')).toHaveLength(56);
    expect(filterIndicators(data.indicators, '无此指标')).toEqual([]);
  });

  it('groups by category in the tables’ order', () => {
    const col02 = data.indicators.filter((i) => i.column === 'col02');
    expect(byCategory(col02).map((g) => [g.category, g.indicators.length])).toEqual([
      ['经济发展', 4],
      ['创新驱动', 2],
      ['民生福祉', 8],
      ['绿色生态', 8],
      ['安全保障', 3],
    ]);
  });

  it('shows 年均增长 as written, else a computed difference of two plain numbers, else nothing', () => {
    expect(changeOf(named('col02', '常住人口城镇化率'))).toMatchObject({
      kind: 'published',
      value: { text: '[5]', cumulative: true },
    });
    expect(changeOf(named('col02', '高中阶段毛入学率'))).toEqual({
      kind: 'computed',
      from: 'actual2020',
      to: 'expected2025',
      text: '+2.86',
    });
    expect(changeOf(named('col02', '耕地保有量'))).toMatchObject({ text: '±0' });
    expect(changeOf(named('col01', '地区生产总值'))).toMatchObject({ from: 'actual2015', text: '+155.94' });
    expect(changeOf(named('col01', '城镇化率'))).toMatchObject({ text: '+0.89' });
    expect(changeOf(named('col02', '地区生产总值年均增速'))).toBeNull();
    // 7.4* is a 2019 figure: no 2015–2020 difference from it.
    expect(changeOf(named('col01', '人口自然增长率'))).toBeNull();
  });

  it('charts 2020目标 against 2020实际, and 2020 against 2025, only when both are numbers', () => {
    expect(chartPair(named('col01', '地区生产总值'))).toEqual([
      { key: 'target2020', value: 350 },
      { key: 'actual2020', value: 322.78 },
    ]);
    expect(chartPair(named('col02', '旅游业总收入年均增速'))).toEqual([
      { key: 'actual2020', value: -30.9 },
      { key: 'expected2025', value: 15 },
    ]);
    expect(chartPair(named('col02', '地区生产总值年均增速'))).toBeNull();
    expect(chartPair(named('col02', '青稞产量'))).toBeNull();
  });
});
