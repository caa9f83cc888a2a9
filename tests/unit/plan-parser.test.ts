import { describe, expect, it } from 'vitest';
import { restoreColumnTitle, restorePeriodQuotes } from '../../scripts/plan/headings';
import { parseChineseNumber } from '../../scripts/plan/numerals';
import { splitIncludes, splitLabel } from '../../scripts/plan/parse-groups';
import { matchHeader } from '../../scripts/plan/parse-table';
import { splitLines } from '../../scripts/plan/read-lines';
import { endsSentence, readProseRun } from '../../scripts/plan/sentences';

describe('plan parser helpers', () => {
  it('parses the Chinese numerals of headings', () => {
    expect(['一', '九', '十', '十一', '二十', '二十六', '三十八'].map(parseChineseNumber)).toEqual([
      1, 9, 10, 11, 20, 26, 38,
    ]);
  });

  it('rejects what is not a numeral', () => {
    expect(['', '零', '十十', '一十二三'].map(parseChineseNumber)).toEqual([null, null, null, null]);
  });

  it('numbers lines from 1, trims trailing spaces and keeps a last line without newline', () => {
    expect(splitLines('a  \n\n b\nc')).toEqual([
      { no: 1, text: 'a' },
      { no: 2, text: '' },
      { no: 3, text: ' b' },
      { no: 4, text: 'c' },
    ]);
  });

  it('treats a colon as the end of a lead-in, a comma as mid-sentence', () => {
    expect([endsSentence('发展定位是:'), endsSentence('工坊,'), endsSentence('发展。  ')]).toEqual([true, false, true]);
  });

  it('joins a prose line that ends mid-sentence with the prose line after the blank', () => {
    const run = readProseRun(splitLines('贯彻落实自\n\n治区精神。\n\n下一段。'), 0);
    expect(run).toEqual({ indexes: [0, 2], text: '贯彻落实自治区精神。' });
  });

  it('does not join a line that ends mid-sentence with a heading', () => {
    const run = readProseRun(splitLines('就业工坊,\n\n第三节 实施文艺创作交流工程'), 0);
    expect(run.indexes).toEqual([0]);
  });

  it('adds the closing quote after an unclosed “十四五', () => {
    expect(restorePeriodQuotes('“十四五时期主要发展指标').text).toBe('“十四五”时期主要发展指标');
    expect(restorePeriodQuotes('“十四五”时期').repairs).toEqual([]);
  });

  it('records a lost column number as a repair', () => {
    expect(restoreColumnTitle(3, null, '乡村振兴重点项目')).toEqual({
      text: '乡村振兴重点项目',
      repairs: ['number 3 lost from the heading; restored from the sequence of columns'],
    });
  });

  it('splits a category name from its entry with or without the colon', () => {
    expect(splitLabel('冰湖灾害治理工程:聂拉木县嘉龙措')).toEqual({
      label: '冰湖灾害治理工程',
      text: '聂拉木县嘉龙措',
      separator: ':',
    });
    expect(splitLabel('水利骨干枢纽工程项目湘河水利枢纽')).toEqual({
      label: '水利骨干枢纽工程项目',
      text: '湘河水利枢纽',
      separator: '',
    });
    expect(splitLabel('森林草原防火项目。森林火灾')?.separator).toBe('。');
  });

  it('finds no category name in a line without one', () => {
    expect(splitLabel('没有类别的一行')).toBeNull();
  });

  it('splits the parks a park includes', () => {
    expect(splitIncludes('包含萨迦县现代农业产业园重点发展种养加业')).toEqual(['萨迦县现代农业产业园']);
  });

  it('matches a table header whose cells are broken over lines', () => {
    const lines = splitLines('类型\n2020\n实际\n地区');
    expect(matchHeader(lines, 0, ['类型', '2020实际'])).toBe(3);
    expect(matchHeader(lines, 1, ['类型'])).toBeNull();
  });
});
