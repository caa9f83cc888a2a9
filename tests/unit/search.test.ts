import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchFeatures } from '../../src/search/search';
import type { SearchEntry } from '../../src/search/search-types';
import { GEODATA_DIR } from './support/geodata';

const entries = JSON.parse(readFileSync(join(GEODATA_DIR, 'search.json'), 'utf8')) as SearchEntry[];
const search = (q: string) => searchFeatures(entries, q, 20);
const found = (q: string) => search(q).map((h) => `${h.kind}:${h.name}`);

describe('search', () => {
  it.each(['jilong', 'Kyirong', 'gyirong', '吉隆'])('"%s" finds 吉隆县, 吉隆镇 and 吉隆口岸 with their kinds', (q) => {
    expect(found(q)).toEqual(expect.arrayContaining(['county:吉隆县', 'town:吉隆镇', 'port:吉隆口岸']));
  });

  it('ranks the county first for its pinyin, and counts initials', () => {
    expect(found('jilongxian')[0]).toBe('county:吉隆县');
    expect(found('jl')).toEqual(expect.arrayContaining(['county:吉隆县', 'town:吉隆镇']));
  });

  it.each([
    ['Shigatse', 'county:桑珠孜区'],
    ['Gyantse', 'county:江孜县'],
    ['Yadong', 'county:亚东县'],
    ['Dram', 'town:樟木镇'],
    ['Shelkar', 'town:协格尔镇'],
    ['Tingri', 'county:定日县'],
    ['江孜', 'county:江孜县'],
  ])('"%s" puts %s first', (q, first) => {
    expect(found(q)[0]).toBe(first);
  });

  it.each([
    ['定日机场', 'work:定日机场'],
    ['dingrijichang', 'work:定日机场'],
    ['zhongnitielu', 'work:中尼铁路日喀则至吉隆段'],
    ['xianghe', 'work:湘河水利枢纽'],
    ['嘉龙措', 'work:嘉龙措'],
  ])('finds the work by its name or pinyin: "%s" → %s', (q, hit) => {
    expect(found(q)).toContain(hit);
  });

  it('finds the port for Dram too', () => {
    expect(found('Dram')).toContain('port:樟木口岸');
  });

  it('tells the two 卡嘎镇 apart only by their ids, and finds both', () => {
    const kaga = search('卡嘎镇').filter((h) => h.name === '卡嘎镇');
    expect(new Set(kaga.map((h) => h.id)).size).toBe(2);
  });

  it('returns nothing for an empty or unknown query', () => {
    expect(search('   ')).toEqual([]);
    expect(search('zzzzqqq')).toEqual([]);
  });
});
