import { describe, expect, it } from 'vitest';
import { readPlanJson } from '../../scripts/plan/files';
import type { CategoryColumn, IndicatorTableColumn, PlanColumn, TownSystemColumn } from '../../src/data/plan-types';

const plan = readPlanJson();

function columnOf<K extends PlanColumn['kind']>(id: string, kind: K): Extract<PlanColumn, { kind: K }> {
  const column = plan.columns.find((c) => c.id === id);
  if (!column || column.kind !== kind) throw new Error(`${id} is not a ${kind} column`);
  return column as Extract<PlanColumn, { kind: K }>;
}
const table = (id: string): IndicatorTableColumn => columnOf(id, 'table');
const categories = (id: string): CategoryColumn => columnOf(id, 'categories');
const townSystem = (): TownSystemColumn => columnOf('col04', 'town-system');

describe('plan.json columns (专栏)', () => {
  it('has 专栏1 to 专栏13 with their titles', () => {
    expect(plan.columns.map((c) => [c.id, c.number, c.title])).toEqual([
      ['col01', 1, '“十三五”主要指标完成情况'],
      ['col02', 2, '“十四五”时期主要发展指标'],
      ['col03', 3, '乡村振兴重点项目'],
      ['col04', 4, '“中心城市—重要节点城镇—节点城镇—重点乡镇”城镇体系'],
      ['col05', 5, '水利领域重点项目'],
      ['col06', 6, '公共安全领域重点工程'],
      ['col07', 7, '种养业重点项目'],
      ['col08', 8, '绿色加工业重点项目'],
      ['col09', 9, '第三产业重点项目'],
      ['col10', 10, '产业园区重点发展方向'],
      ['col11', 11, '公共服务领域重点工程'],
      ['col12', 12, '对外开放重点项目'],
      ['col13', 13, '生态环境治理重点工程'],
    ]);
  });

  it('reads 专栏1–2 as tables, 专栏4 as the town system and the others as categories', () => {
    expect(plan.columns.map((c) => c.kind)).toEqual([
      'table',
      'table',
      'categories',
      'town-system',
      ...Array.from({ length: 9 }, () => 'categories'),
    ]);
  });

  it('places each column in its chapter and section', () => {
    expect(plan.columns.map((c) => `${c.chapter}.${c.section}`)).toEqual([
      '1.1',
      '2.3',
      '4.5',
      '5.1',
      '8.2',
      '10.3',
      '11.2',
      '12.4',
      '13.3',
      '14.2',
      '20.3',
      '26.3',
      '30.3',
    ]);
  });

  it('reads the header of 专栏1 from cells broken over lines', () => {
    expect(table('col01').header).toEqual(['指标名称', '单位', '2015实际', '2020目标', '2020实际', '指标属性']);
  });

  it('has the 31 indicator rows of 专栏1 in their four groups', () => {
    const rows = table('col01').rows;
    expect(rows).toHaveLength(31);
    expect([...new Set(rows.map((r) => r.group))]).toEqual([
      '1.经济发展指标',
      '2.结构优化指标',
      '3.社会民生指标',
      '4.\u00a0环境指标',
    ]);
    expect(rows[0]?.cells).toEqual(['地区生产总值', '亿元', '166.84', '350', '322.78', '预期性']);
  });

  it('has the 25 numbered indicator rows of 专栏2', () => {
    const names = table('col02').rows.map((r) => r.cells[1] ?? '');
    expect(names.map((name) => Number(/^(\d+)\./.exec(name)?.[1]))).toEqual(
      Array.from({ length: 25 }, (_, i) => i + 1),
    );
    expect(names[0]).toBe('1.地区生产总值年均增速(%)');
  });

  it('fills the 类型 column of 专栏2 from its group headings', () => {
    const types = table('col02').rows.map((r) => r.cells[0]);
    expect([...new Set(types)]).toEqual(['经济发展', '创新驱动', '民生福祉', '绿色生态', '安全保障']);
  });

  it('puts the […] cumulative figures of 专栏2 in its 年均增长 column', () => {
    const row = table('col02').rows.find((r) => r.cells[1] === '2.常住人口城镇化率(%)');
    expect(row?.cells).toEqual(['经济发展', '2.常住人口城镇化率(%)', '23.09', '', '[5]', '预期性']);
    expect(row?.alignment).toBe('inferred');
  });

  it('rejoins a 专栏2 cell broken over two lines', () => {
    expect(table('col02').rows[9]?.cells[4]).toBe('0.14百分点');
  });

  it('keeps each table footnote', () => {
    expect(table('col02').footnote?.text).toBe('注:①*为2019年数据,②表中[\u00a0 ]内为“十四五”时期累计数。');
  });

  it('lists 1 + 5 + 16 + 24 places in the four tiers of 专栏4', () => {
    const tiers = townSystem().tiers;
    expect(tiers.map((t) => [t.key, t.tier, t.entries.length])).toEqual([
      ['central-city', '中心城市', 1],
      ['major-node-town', '重要节点城镇', 5],
      ['node-township', '节点乡镇', 16],
      ['key-township', '重点乡镇', 24],
    ]);
  });

  it('splits the 节点乡镇 list, which lost its separators, at each county', () => {
    const tier = townSystem().tiers[2];
    expect(tier?.entries.slice(0, 3).map((e) => [e.county, e.town])).toEqual([
      ['桑珠孜区', '甲措雄乡'],
      ['南木林县', '南木林镇'],
      ['定日县', '岗嘎镇'],
    ]);
  });

  it('tells the two 卡嘎镇 apart by county', () => {
    const kaga = townSystem().tiers.flatMap((t) => t.entries.filter((e) => e.town === '卡嘎镇'));
    expect(kaga.map((e) => e.county)).toEqual(['昂仁县', '谢通门县']);
  });

  it('gives a town written without its county the county before it (曲布雄乡)', () => {
    const entry = townSystem().tiers[3]?.entries[1];
    expect(entry).toMatchObject({ county: '桑珠孜区', town: '曲布雄乡', written: '曲布雄乡' });
  });

  it('keeps the central city as a county-level entry without a town', () => {
    expect(townSystem().tiers[0]?.entries).toEqual([
      { id: 'col04.t1.e1', county: '桑珠孜区', town: null, written: '桑珠孜区' },
    ]);
  });

  it('lists the seven parks of 专栏10 and the parks they include', () => {
    expect(categories('col10').groups.map((g) => [g.label, g.includes])).toEqual([
      ['日喀则经济开发区', []],
      ['日喀则国家农业科技园区', ['白朗县国家现代农业产业园', '江当现代生态产业园', '年楚河现代农业产业园']],
      ['珠峰文化旅游创意产业园', []],
      ['吉隆国家重点开发开放试验区(吉隆边境经济合作区)', []],
      ['拉洛灌区现代农牧业示范区', ['萨迦县现代农业产业园']],
      ['湘河灌区现代农牧业示范区', []],
      ['数字产业园', []],
    ]);
  });

  it('splits category names whose colon was lost (专栏5)', () => {
    expect(categories('col05').groups.map((g) => g.label)).toEqual([
      '水利骨干枢纽工程项目',
      '灌区建设与节水增效项目',
      '重大水源项目',
      '农村供水保障项目',
    ]);
    expect(categories('col05').groups[0]?.items[0]?.text.startsWith('湘河水利枢纽及配套灌区工程')).toBe(true);
  });

  it('keeps a colon inside an entry in the entry (专栏9 “3+1”)', () => {
    const group = categories('col09').groups[3];
    expect(group?.label).toBe('“3+1”精品旅游线路打造项目');
    expect(group?.items[0]?.text.startsWith('珠峰之旅:日喀则萨迦拉孜定日聂拉木吉隆。')).toBe(true);
  });

  it('has the categories of 专栏3 with one item each, not yet split', () => {
    const groups = categories('col03').groups;
    expect(groups.map((g) => g.label)).toEqual([
      '乡村基础设施建设项目',
      '乡村公共服务建设项目',
      '农牧业生产基础设施建设项目',
      '种养基地建设项目',
    ]);
    expect(groups.every((g) => g.items.length === 1)).toBe(true);
  });

  it('has the number of categories each category column prints', () => {
    const counts = plan.columns.filter((c) => c.kind === 'categories').map((c) => [c.id, c.groups.length]);
    expect(counts).toEqual([
      ['col03', 4],
      ['col05', 4],
      ['col06', 3],
      ['col07', 5],
      ['col08', 2],
      ['col09', 6],
      ['col10', 7],
      ['col11', 5],
      ['col12', 2],
      ['col13', 7],
    ]);
  });
});
