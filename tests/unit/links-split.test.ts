import { describe, expect, it } from 'vitest';
import { buildLinks } from '../../scripts/links/build';
import { GEODATA_DIR, readLinkInputs } from '../../scripts/links/files';
import { splitProjects } from '../../scripts/links/split';
import type { ColumnItem } from '../../src/data/plan-types';

const { plan, places } = readLinkInputs(GEODATA_DIR);
const { links } = buildLinks(plan, places);

function item(id: string): ColumnItem {
  for (const column of plan.columns)
    if (column.kind === 'categories')
      for (const group of column.groups) for (const i of group.items) if (i.id === id) return i;
  throw new Error(`no column item ${id}`);
}
const split = (id: string) => splitProjects(item(id).text).map((s) => s.text);

describe('splitting column items into projects', () => {
  it('splits the ports’ and markets’ item of 专栏12 at the comma after …项目', () => {
    expect(split('col12.g1.i1')).toEqual([
      '吉隆、里孜、樟木、日屋、陈塘口岸等基础设施建设项目',
      '亚东县堆纳朗果、仲巴县里孜等边贸市场建设项目等',
    ]);
  });

  it('splits 专栏3’s public-service item into its 7 projects (; and …项目,)', () => {
    expect(split('col03.g2.i1')).toEqual([
      '18县(区)村幼儿园建设项目',
      '江孜、谢通门等12县(区)义务教育学校建设项目',
      '吉隆县疾控中心等7个公共卫生基础设施建设项目',
      '南木林等15个县人民医院提标扩能项目',
      '江孜县等5个藏医院医药能力提升建设项目',
      '14个易地扶贫搬迁安置点卫生院建设项目',
      '亚东等边境9县智慧广电固边项目等',
    ]);
  });

  it('splits the “3+1” routes item at each 。 into its four routes', () => {
    expect(split('col09.g4.i1').map((t) => t.split(':')[0])).toEqual([
      '珠峰之旅',
      '红河谷之旅',
      '雅江源之旅',
      '发现之旅',
    ]);
  });

  it('splits 专栏3’s breeding item at its three semicolons only', () => {
    expect(split('col03.g4.i1')).toHaveLength(4);
    expect(split('col03.g4.i1')[0]).toBe(
      '青稞良种繁育基地、种畜繁育基地、珠峰绵羊保种追溯体系建设,珠峰牦牛、岗巴羊、霍尔巴羊扩繁场建设,亚东牦牛、仲巴吉拉牦牛、岗巴羊和霍尔巴羊原种场改扩建',
    );
  });

  it('keeps three 工程 joined by 、 as one project (col05.g1.i1)', () => {
    expect(split('col05.g1.i1')).toEqual([item('col05.g1.i1').text]);
  });

  it('keeps an item whole where the comma follows …建设, not …项目 (col05.g2.i1, col07.g2.i1)', () => {
    expect(split('col05.g2.i1')).toHaveLength(1);
    expect(split('col07.g2.i1')).toEqual([item('col07.g2.i1').text.replace(/。$/u, '')]);
  });

  it('keeps each park’s focus line of 专栏10 whole', () => {
    for (const id of ['col10.g1.i1', 'col10.g4.i1', 'col10.g5.i1']) expect(split(id)).toHaveLength(1);
  });

  it('never splits at 、, trims spaces, drops empty pieces and keeps offsets into the item', () => {
    expect(splitProjects('甲项目、乙项目').map((s) => s.text)).toEqual(['甲项目、乙项目']);
    expect(splitProjects('甲建设,乙项目').map((s) => s.text)).toEqual(['甲建设,乙项目']);
    expect(splitProjects('甲项目，乙建设').map((s) => s.text)).toEqual(['甲项目', '乙建设']);
    const text = ' 前 ;; 后 。';
    const segments = splitProjects(text);
    expect(segments.map((s) => s.text)).toEqual(['前', '后']);
    for (const s of segments) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('project records', () => {
  const project = (id: string) => {
    const found = links.projects.find((p) => p.id === id);
    if (!found) throw new Error(`no project ${id}`);
    return found;
  };

  it('gives one project of five ports for 吉隆、里孜、樟木、日屋、陈塘口岸…', () => {
    expect(project('col12.g1.i1.p1')).toEqual({
      id: 'col12.g1.i1.p1',
      column: 12,
      columnId: 'col12',
      category: '口岸及边贸通道建设项目',
      item: 'col12.g1.i1',
      text: '吉隆、里孜、樟木、日屋、陈塘口岸等基础设施建设项目',
      places: ['port-gyirong', 'port-lizi', 'port-zhangmu', 'port-riwu', 'port-chentang'],
    });
  });

  it('places 江孜县康卓灌区 in 江孜县', () => {
    expect(project('col05.g2.i1.p1').places).toContain('county-540222');
  });

  it('makes each 专栏10 line a project that concerns its park', () => {
    expect(project('col10.g1.i1.p1').places).toEqual(['park-sez']);
    expect(project('col10.g6.i1.p1').places).toEqual(['park-shang-river']);
    expect(project('col10.g5.i1.p1').places).toEqual(['park-lhalo', 'park-sakya-modern-agri']);
  });

  it('keeps places empty for a project that names no place', () => {
    expect(project('col13.g3.i1.p1').places).toEqual([]);
  });

  it('writes each project as a slice of its item’s text', () => {
    for (const p of links.projects) expect(item(p.item).text).toContain(p.text);
  });
});
